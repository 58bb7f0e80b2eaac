using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Tests.Components;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Editor;

public sealed class SplitPathsDesignerTests : ComponentTest
{
    private readonly List<StepDefinition> _edits = [];

    private static StepDefinition Split(string paths, params (string Port, string Target)[] links) =>
        EditorFlows.Step("ab_test", StepTypes.Split, new JsonObject { ["paths"] = JsonNode.Parse(paths) }, links);

    private IRenderedComponent<SplitPathsDesigner> RenderDesigner(StepDefinition step) =>
        Render<SplitPathsDesigner>(p => p.Add(c => c.Step, step).Add(c => c.OnStepReplaced, (StepDefinition edited) => _edits.Add(edited)));

    /// <summary>The holdout box of a path, wherever MudBlazor puts the test id (on the box or around it).</summary>
    private static AngleSharp.Dom.IElement HoldoutBox(IRenderedComponent<SplitPathsDesigner> designer, int index) =>
        designer.Find($"input[data-testid=split-holdout-{index}], [data-testid=split-holdout-{index}] input");

    private static IEnumerable<(string Name, double Weight, bool Holdout)> PathsOf(StepDefinition step) =>
        SplitConfig.Paths(step).Select(p => (p.Name, p.Weight, p.Holdout));

    [Fact]
    public void Designer_ShowsEachPathWithItsShareInPercent_AndThatTheyAddUpTo100()
    {
        var designer = RenderDesigner(Split("""[ { "name": "A", "weight": 45 }, { "name": "B", "weight": 45 }, { "name": "Control", "weight": 10, "holdout": true } ]"""));

        Assert.Equal(["A", "B", "Control"], designer.FindAll("input[data-testid^=split-name-]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["45", "45", "10"], designer.FindAll("input[data-testid^=split-weight-]").Select(i => i.GetAttribute("value")));
        Assert.Contains("Share (%)", designer.Find("[data-testid=split-path]").TextContent);
        Assert.True(HoldoutBox(designer, 2).HasAttribute("checked"));
        Assert.Equal("Adds up to 100%.", designer.Find("[data-testid=split-total]").TextContent.Trim());
    }

    [Fact]
    public void Designer_SaysWhatEachPathReallyGets_WhenTheSharesDoNotAddUpTo100()
    {
        var designer = RenderDesigner(Split("""[ { "name": "A", "weight": 60 }, { "name": "B", "weight": 30 } ]"""));

        Assert.Equal("Adds up to 90%, not 100%: each path gets its share of 90.", designer.Find("[data-testid=split-total]").TextContent.Trim());
        Assert.Contains("Gets 66.7%", designer.FindAll("[data-testid=split-path]")[0].TextContent);
        Assert.Contains("Gets 33.3%", designer.FindAll("[data-testid=split-path]")[1].TextContent);
    }

    [Fact]
    public void RenamingAPath_MovesItsLinkToTheNewName()
    {
        var designer = RenderDesigner(Split("""[ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ]""", ("A", "send_offer"), ("B", "send_reminder")));

        designer.Find("input[data-testid=split-name-0]").Change("Offer");

        var edited = Assert.Single(_edits);
        Assert.Equal(["Offer", "B"], PathsOf(edited).Select(p => p.Name));
        Assert.Equal(new Dictionary<string, string> { ["Offer"] = "send_offer", ["B"] = "send_reminder" }, edited.NextSteps);
    }

    [Fact]
    public void ChangingAShare_KeepsTheOtherPaths()
    {
        var designer = RenderDesigner(Split("""[ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ]"""));

        designer.Find("input[data-testid=split-weight-1]").Change("20");

        Assert.Equal([("A", 50, false), ("B", 20, false)], PathsOf(Assert.Single(_edits)));
    }

    [Fact]
    public void MakingAPathTheHoldout_RemovesItsLink_AndTheHoldoutBeforeIt()
    {
        var designer = RenderDesigner(Split("""[ { "name": "A", "weight": 45 }, { "name": "B", "weight": 45 }, { "name": "C", "weight": 10, "holdout": true } ]""",
            ("A", "send_offer"), ("B", "send_reminder")));

        HoldoutBox(designer, 1).Change(true);

        var edited = Assert.Single(_edits);
        Assert.Equal([("A", 45, false), ("B", 45, true), ("C", 10, false)], PathsOf(edited));
        Assert.Equal(new Dictionary<string, string> { ["A"] = "send_offer" }, edited.NextSteps);
    }

    [Fact]
    public void AddingAPath_NamesItByTheNextLetter_AndSharesContactsEvenly()
    {
        var designer = RenderDesigner(Split("""[ { "name": "A", "weight": 80 }, { "name": "B", "weight": 20 } ]"""));

        designer.Find("[data-testid=split-add]").Click();

        Assert.Equal([("A", 34, false), ("B", 33, false), ("C", 33, false)], PathsOf(Assert.Single(_edits)));
    }

    [Fact]
    public void AddAndRemove_AreOff_AtEightAndTwoPaths()
    {
        var paths = "ABCDEFGH".Select(n => $$"""{ "name": "{{n}}", "weight": 1 }""");
        var eight = RenderDesigner(Split($"[ {string.Join(", ", paths)} ]"));
        var two = RenderDesigner(Split("""[ { "name": "A", "weight": 50 }, { "name": "B", "weight": 50 } ]"""));

        Assert.True(eight.Find("[data-testid=split-add]").HasAttribute("disabled"));
        Assert.All(two.FindAll("button[aria-label^='Remove path']"), b => Assert.True(b.HasAttribute("disabled")));
    }

    [Fact]
    public void RemovingAPath_RemovesItsLink()
    {
        var designer = RenderDesigner(Split("""[ { "name": "A", "weight": 40 }, { "name": "B", "weight": 40 }, { "name": "C", "weight": 20 } ]""",
            ("A", "send_offer"), ("B", "send_reminder"), ("C", "send_gift")));

        designer.Find("button[aria-label='Remove path B']").Click();

        var edited = Assert.Single(_edits);
        Assert.Equal(["A", "C"], PathsOf(edited).Select(p => p.Name));
        Assert.Equal(new Dictionary<string, string> { ["A"] = "send_offer", ["C"] = "send_gift" }, edited.NextSteps);
    }
}
