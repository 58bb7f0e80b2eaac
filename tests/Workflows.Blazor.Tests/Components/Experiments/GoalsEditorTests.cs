using System.Text.Json.Nodes;
using MudBlazor;
using Workflows.Blazor.Components.Editor.Conditions;
using Workflows.Blazor.Components.Experiments;
using Workflows.Engine.Experiments;
using Workflows.Engine.Expressions.Conditions;

namespace Workflows.Blazor.Tests.Components.Experiments;

/// <summary>The conversion goals editor: rows a marketer fills in, the goals JSON it writes, and what the validator says under a field.</summary>
public sealed class GoalsEditorTests : ComponentTest
{
    private IRenderedComponent<GoalsEditor> Render(List<GoalForm> goals) => Render<GoalsEditor>(p => p.Add(c => c.Goals, goals));

    private static List<GoalForm> Goals(string json) => GoalForm.ListOf(JsonNode.Parse(json));

    /// <summary>What a condition row's box of <paramref name="box"/> shows: field, operator or value.</summary>
    private static string? Shown(AngleSharp.Dom.IElement row, string box) => row.QuerySelector($"input[data-testid=condition-{box}]")!.GetAttribute("value");

    private static void AssertJson(string expected, List<GoalForm> goals) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), GoalForm.ToJson(goals)), GoalForm.ToJson(goals)?.ToJsonString() ?? "no goals");

    [Fact]
    public void AddingAGoal_ChoosingItsEventAConditionOnItsDataAndAWindow_WritesTheGoal()
    {
        var goals = new List<GoalForm>();
        var editor = Render(goals);
        Assert.Contains("No goals yet", editor.Find("[data-testid=goals-none]").TextContent);

        editor.Find("[data-testid=goal-add]").Click();
        editor.InvokeAsync(() => editor.FindComponent<MudAutocomplete<string>>().Instance.ValueChanged.InvokeAsync("order.placed"));
        var row = () => editor.FindComponent<ConditionRowEditor>();
        editor.InvokeAsync(() => row().FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("event.total"));
        editor.InvokeAsync(() => row().FindComponent<MudSelect<ConditionOperator>>().Instance.ValueChanged.InvokeAsync(ConditionOperator.GreaterThan));
        editor.Find("input[data-testid=condition-value]").Change("50");
        editor.InvokeAsync(() => editor.FindComponents<MudSelect<string>>().Single(s => s.Instance.Label == "Within").Instance.ValueChanged.InvokeAsync("30 days"));
        editor.InvokeAsync(() => editor.FindComponent<MudTextField<string>>().Instance.ValueChanged.InvokeAsync("Big order"));

        AssertJson("""[{"name": "Big order", "event": "order.placed", "condition": "{{event.total}} > 50", "window": "30 days"}]""", goals);
        Assert.Contains("An order is placed", editor.Find("[data-testid=goal-row]").TextContent);
        Assert.Equal("Reads: Order total > 50", editor.Find("[data-testid=condition-summary]").TextContent);
        Assert.Empty(editor.FindAll("[data-testid=goals-none]"));
    }

    [Fact]
    public void AWrittenCondition_OpensAsRowsOfTheEventsFields_AndStaysAsWritten()
    {
        var goals = Goals("""[{"event": "order.placed", "condition": "{{event.total}} >= 100 && {{event.status}} == 'paid'"}]""");
        var editor = Render(goals);

        var rows = editor.FindAll("[data-testid=condition-row]");
        Assert.Equal(2, rows.Count);
        Assert.Equal("Order total", Shown(rows[0], "field"));
        Assert.Equal("is at least", Shown(rows[0], "operator"));
        Assert.Equal("100", Shown(rows[0], "value"));
        Assert.Equal("Order status", Shown(rows[1], "field"));
        Assert.Empty(editor.FindAll("[data-testid=condition-text]"));
        AssertJson("""[{"event": "order.placed", "condition": "{{event.total}} >= 100 && {{event.status}} == 'paid'"}]""", goals);
    }

    [Fact]
    public void AConditionTheBuilderCannotShow_OpensAsText_AndEditsAsText()
    {
        var goals = Goals("""[{"event": "order.placed", "condition": "!({{event.total}} > 50)"}]""");
        var editor = Render(goals);

        Assert.Contains("because it uses 'not' (!)", editor.Find("[data-testid=condition-as-text]").TextContent);
        Assert.Equal("!({{event.total}} > 50)", editor.Find("textarea[data-testid=condition-text]").GetAttribute("value"));
        Assert.Empty(editor.FindAll("[data-testid=condition-row]"));

        editor.Find("textarea[data-testid=condition-text]").Change("!({{event.total}} > 80)");

        AssertJson("""[{"event": "order.placed", "condition": "!({{event.total}} > 80)"}]""", goals);
    }

    [Fact]
    public void ACustomEvent_KeepsTheFieldItsConditionReads_AmongTheChoices()
    {
        var editor = Render(Goals("""[{"event": "trial.converted", "condition": "{{event.plan}} == 'pro'"}]"""));

        var row = editor.Find("[data-testid=condition-row]");
        Assert.Equal("Plan", Shown(row, "field"));
        Assert.Equal("pro", Shown(row, "value"));
    }

    [Fact]
    public void ANewGoal_CountsSevenDays_AndSaysItNeedsAnEvent()
    {
        var goals = new List<GoalForm>();
        var editor = Render(goals);

        editor.Find("[data-testid=goal-add]").Click();

        AssertJson("""[{"window": "7 days"}]""", goals);
        Assert.Contains("Goal 1 needs the event that counts as a conversion, e.g. order.placed.", editor.Find("[data-testid=goal-row]").TextContent);
    }

    [Fact]
    public void RemovingAGoal_KeepsTheOthersExactlyAsWritten()
    {
        var goals = Goals("""[{"event": "email.clicked"}, {"name": "Big order", "event": "order.placed", "window": "48 hours", "note": "kept"}]""");
        var editor = Render(goals);

        editor.Find("[data-testid=goal-remove-0]").Click();

        AssertJson("""[{"name": "Big order", "event": "order.placed", "window": "48 hours", "note": "kept"}]""", goals);
        Assert.Single(editor.FindAll("[data-testid=goal-row]"));
    }

    [Fact]
    public void AConditionReadingMoreThanTheEvent_IsShownUnderItsField_InTheValidatorsWords()
    {
        var editor = Render(Goals("""[{"event": "order.placed", "condition": "{{customer.total}} > 50"}]"""));

        var expected = GoalProblems.Of(JsonNode.Parse("""[{"event": "order.placed", "condition": "{{customer.total}} > 50"}]"""), "goals").Single().Message;
        Assert.Equal("Goal 1's condition can read only the event, e.g. {{event.total}} > 50.", expected);
        Assert.Contains(expected, editor.Find("[data-testid=goal-row]").TextContent);
    }

    [Fact]
    public void TwoGoalsOfTheSameName_AreShownUnderTheSecondName()
    {
        var editor = Render(Goals("""[{"name": "Order", "event": "order.placed"}, {"name": "order", "event": "email.clicked"}]"""));

        var rows = editor.FindAll("[data-testid=goal-row]");
        Assert.DoesNotContain("Two goals", rows[0].TextContent);
        Assert.Contains("Two goals are called 'order'; give each goal its own name.", rows[1].TextContent);
    }

    [Fact]
    public void NoMoreGoals_CanBeAdded_OnceThereAreAsManyAsAllowed()
    {
        var goals = Enumerable.Range(1, ConversionGoals.MaxGoals).Select(_ => GoalForm.New()).ToList();
        var editor = Render(goals);

        Assert.True(editor.Find("[data-testid=goal-add]").HasAttribute("disabled"));
    }

    [Fact]
    public void AGoalWithoutAWindow_ShowsSevenDays_AndStaysWithoutOne()
    {
        var goals = Goals("""[{"event": "order.placed"}]""");
        var editor = Render(goals);

        Assert.Contains($"value=\"{GoalForm.DefaultWindow}\"", editor.Find("[data-testid=goal-row]").InnerHtml);
        AssertJson("""[{"event": "order.placed"}]""", goals);
    }
}
