using MudBlazor;
using Workflows.Blazor.Components.Editor.Conditions;
using Workflows.Blazor.Editor;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Components.Editor;
using Workflows.Engine.Editing;
using Workflows.Engine.Expressions.Conditions;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Editor;

public sealed class ConditionBuilderTests : ComponentTest
{
    private const string VipCondition = "{{steps.get_customer.output.totalSpent}} > 1000 && {{steps.get_customer.output.tags}} includes 'vip'";

    private static readonly IReadOnlyList<ConditionFieldChoice> Fields = ConditionFieldChoice.From(
    [
        new DataNode("steps.get_customer.output", "Get customer", DataType.Object, "get_customer")
        {
            Children =
            [
                new DataNode("steps.get_customer.output.totalSpent", "Total spent", DataType.Number, "get_customer"),
                new DataNode("steps.get_customer.output.tags", "Tags", DataType.List, "get_customer"),
            ],
        },
    ]);

    private readonly List<string?> _written = [];

    private IRenderedComponent<ConditionBuilder> Builder(string? expression) => Render<ConditionBuilder>(p => p
        .Add(c => c.Expression, expression)
        .Add(c => c.Fields, Fields)
        .Add(c => c.OnChange, text => _written.Add(text)));

    [Fact]
    public void Builder_ShowsARowPerComparison_ForAnExistingCondition()
    {
        var cut = Builder(VipCondition);

        var rows = cut.FindAll("[data-testid=condition-row]");
        Assert.Equal(2, rows.Count);
        Assert.Equal("Total spent", rows[0].QuerySelector("input[data-testid=condition-field]")!.GetAttribute("value"));
        Assert.Equal("is greater than", rows[0].QuerySelector("input[data-testid=condition-operator]")!.GetAttribute("value"));
        Assert.Equal("1000", rows[0].QuerySelector("input[data-testid=condition-value]")!.GetAttribute("value"));
        Assert.Equal("includes", rows[1].QuerySelector("input[data-testid=condition-operator]")!.GetAttribute("value"));
        Assert.Equal("Reads: Total spent > 1,000 and Tags include vip", cut.Find("[data-testid=condition-summary]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=condition-text]"));
    }

    [Fact]
    public void Builder_WritesTheGuidesText_WhenAValueIsEdited()
    {
        var cut = Builder(VipCondition);

        cut.FindAll("input[data-testid=condition-value]")[0].Change("2500");

        Assert.Equal(["{{steps.get_customer.output.totalSpent}} > 2500 && {{steps.get_customer.output.tags}} includes 'vip'"], _written);
    }

    [Fact]
    public void Builder_WritesOr_WhenAnyOfTheseIsChosen()
    {
        var cut = Builder(VipCondition);

        cut.FindAll("[data-testid=condition-joiner] .mud-toggle-item")[1].Click();

        Assert.Equal(["{{steps.get_customer.output.totalSpent}} > 1000 || {{steps.get_customer.output.tags}} includes 'vip'"], _written);
    }

    [Fact]
    public void Builder_WritesNothing_UntilANewRowIsFinished_ThenWritesIt()
    {
        var cut = Builder("{{steps.get_customer.output.totalSpent}} > 1000");

        cut.Find("[data-testid=condition-add-row]").Click();
        Assert.Empty(_written);
        Assert.Equal(2, cut.FindAll("[data-testid=condition-row]").Count);

        var newRow = () => cut.FindComponents<ConditionRowEditor>()[1];
        cut.InvokeAsync(() => newRow().FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("steps.get_customer.output.tags"));
        cut.InvokeAsync(() => newRow().FindComponent<MudSelect<ConditionOperator>>().Instance.ValueChanged.InvokeAsync(ConditionOperator.IsNotEmpty));

        Assert.Equal(["{{steps.get_customer.output.totalSpent}} > 1000 && {{steps.get_customer.output.tags}}.length > 0"], _written);
        Assert.Equal(2, cut.FindAll("[data-testid=condition-row]").Count);
    }

    [Fact]
    public void Builder_RemovesARow_AndWritesTheRest()
    {
        var cut = Builder(VipCondition);

        cut.FindAll("[data-testid=condition-remove-row]")[0].Click();

        Assert.Equal(["{{steps.get_customer.output.tags}} includes 'vip'"], _written);
    }

    [Fact]
    public void Builder_OpensAsText_AndSaysWhy_WhenTheConditionHasNoRows()
    {
        var cut = Builder("!({{steps.get_customer.output.totalSpent}} > 1000)");

        Assert.Contains("because it uses 'not' (!)", cut.Find("[data-testid=condition-as-text]").TextContent);
        Assert.Equal("!({{steps.get_customer.output.totalSpent}} > 1000)", cut.Find("textarea[data-testid=condition-text]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=condition-row]"));
        Assert.True(cut.FindComponent<MudSwitch<bool>>().Instance.Disabled);
    }

    [Fact]
    public void Builder_ShowsRowsAgain_WhenTheTextFitsAndAdvancedIsSwitchedOff()
    {
        var cut = Builder(VipCondition);
        cut.InvokeAsync(() => cut.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(true));
        Assert.Empty(cut.FindAll("[data-testid=condition-row]"));

        cut.Render(p => p.Add(c => c.Expression, "{{steps.get_customer.output.totalSpent}} >= 5"));
        cut.InvokeAsync(() => cut.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(false));

        var row = Assert.Single(cut.FindAll("[data-testid=condition-row]"));
        Assert.Equal("is at least", row.QuerySelector("input[data-testid=condition-operator]")!.GetAttribute("value"));
    }

    [Fact]
    public void Builder_OffersOnlyTheOperatorsOfTheFieldsType_WhenTheTypeIsKnown()
    {
        var typed = new[] { new ConditionFieldChoice("steps.get_customer.output.tags", "Tags", null, ConditionFieldType.List) };
        var cut = Render<ConditionBuilder>(p => p.Add(c => c.Expression, "{{steps.get_customer.output.tags}} includes 'vip'").Add(c => c.Fields, typed));

        var offered = cut.FindComponents<MudSelectItem<ConditionOperator>>().Select(i => i.Instance.Value).ToList();

        Assert.Contains(ConditionOperator.Includes, offered);
        Assert.Contains(ConditionOperator.IsEmpty, offered);
        Assert.DoesNotContain(ConditionOperator.GreaterThan, offered);
        Assert.DoesNotContain(ConditionOperator.StartsWith, offered);
    }

    [Fact]
    public void Builder_KeepsTypingInTheBrowser_InItsValueAndTextBoxes()
    {
        var cut = Builder(VipCondition);

        Assert.Empty(KeystrokeFreeBoxes.Offenders(cut, "condition-value"));
        cut.InvokeAsync(() => cut.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(true));
        Assert.Empty(KeystrokeFreeBoxes.Offenders(cut, "condition-text"));
    }

    [Fact]
    public void Builder_LeavesTheValuesAsTyped_WhenItsOwnTextComesBack()
    {
        var cut = Builder("{{tier}} == 'vip' || {{tier}} == 'gold'");

        cut.Find("input[data-testid=condition-value]").Change("vip,gold,silver");
        cut.Render(p => p.Add(c => c.Expression, _written.Single()));

        // Written back as "vip, gold, silver", the box would be replaced under the typist; the browser keeps what was typed.
        Assert.Equal("{{tier}} == 'vip' || {{tier}} == 'gold' || {{tier}} == 'silver'", _written.Single());
        Assert.Equal("vip, gold", cut.Find("input[data-testid=condition-value]").GetAttribute("value"));
    }

    [Fact]
    public void Builder_WritesTheTypedText_WhenTheAdvancedTextIsCommitted()
    {
        var cut = Builder(VipCondition);
        cut.InvokeAsync(() => cut.FindComponent<MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(true));

        cut.Find("textarea[data-testid=condition-text]").Change("{{steps.get_customer.output.totalSpent}} > 5");

        Assert.Equal(["{{steps.get_customer.output.totalSpent}} > 5"], _written);
    }
}
