using System.Text.RegularExpressions;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Model;

public sealed partial class MermaidWriterTests
{
    private static readonly ActionCatalog Actions = new([new SetVariablesAction()]);

    private static string Write(WorkflowDefinition definition) => MermaidWriter.Write(definition, Actions);

    [Theory]
    [MemberData(nameof(GuideWorkflows.Files), MemberType = typeof(GuideWorkflows))]
    public void Write_DrawsOneNodePerStep_ForEveryGuideWorkflow(string file)
    {
        var definition = GuideWorkflows.Load(file);

        var nodes = NodeLine().Matches(Write(definition));

        Assert.Equal(definition.Steps.Select(s => MermaidLabel.Escape(DataTree.Title(s, Actions))), nodes.Select(m => m.Groups["label"].Value));
    }

    [Fact]
    public void Write_TitlesStepsInPlainWords_AsTheCanvasDoes_NotByTheirIds()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "wait_three_days", "stepType": "wait", "config": { "duration": "3 days" }, "nextSteps": { "success": "remember" } },
              { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables" }, "nextSteps": { "success": "thank" } },
              { "stepSlug": "thank", "name": "Say thank you", "stepType": "action", "config": { "type": "set_variables" } } ]
            """);

        var text = Write(definition);

        Assert.Contains("    s0[/\"Wait\"/]", text);
        Assert.Contains("    s1[\"Set variables\"]", text);
        Assert.Contains("    s2[\"Say thank you\"]", text);
        Assert.DoesNotContain("wait_three_days", text);
        Assert.DoesNotContain("(action)", text);
        Assert.Contains("s0 -->|success| s1", text);
    }

    [Fact]
    public void Write_EscapesMarkupInLabels_SoStepNamesDrawAsText()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "a", "name": "<b>Bold</b> <img src=x onerror=alert(1)> #lt;i#gt; & co", "stepType": "action", "config": { "type": "x" }, "nextSteps": { "success": "end" } } ]
            """);

        var text = Write(definition);

        Assert.DoesNotContain("<", text);
        Assert.Contains("#lt;b#gt;Bold#lt;/b#gt; #lt;img src=x onerror=alert(1)#gt; #35;lt;i#35;gt; #amp; co", text);
    }

    [Theory]
    [MemberData(nameof(GuideWorkflows.Files), MemberType = typeof(GuideWorkflows))]
    public void Write_DrawsOneLabelledEdgePerPort_ForEveryGuideWorkflow(string file)
    {
        var definition = GuideWorkflows.Load(file);

        var edges = EdgeLine().Matches(Write(definition)).Select(m => m.Groups["port"].Value);

        Assert.Equal(definition.Steps.SelectMany(s => s.NextSteps.Keys), edges);
    }

    [Fact]
    public void Write_DrawsTheEndNodeOnce_WhenSeveralPortsEnd()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "a", "stepType": "action", "config": { "type": "x" }, "nextSteps": { "success": "end", "error": "finish" } },
              { "stepSlug": "b", "stepType": "action", "config": { "type": "x" }, "nextSteps": { "success": "end" } } ]
            """);

        var text = Write(definition);

        Assert.Single(Regex.Matches(text, @"end_\(\(end\)\)"));
        Assert.Contains("s0 -->|success| end_", text);
        Assert.Contains("s0 -->|error| end_", text);
        Assert.Contains("s1 -->|success| end_", text);
    }

    [Fact]
    public void Write_LinksToTheStep_WhenAStepIsCalledEnd()
    {
        var definition = Flow.Steps("""
            [ { "stepSlug": "a", "stepType": "action", "config": { "type": "x" }, "nextSteps": { "success": "end" } },
              { "stepSlug": "end", "stepType": "action", "config": { "type": "x" } } ]
            """);

        var text = Write(definition);

        Assert.Contains("s0 -->|success| s1", text);
        Assert.DoesNotContain("end_", text);
    }

    [Theory]
    [InlineData("trigger", "s0([\"")]
    [InlineData("condition", "s0{\"")]
    [InlineData("loop", "s0[[\"")]
    [InlineData("wait", "s0[/\"")]
    [InlineData("llm", "s0>\"")]
    [InlineData("action", "s0[\"")]
    public void Write_UsesTheShapeOfTheStepType(string type, string opening)
    {
        var text = Write(Flow.Steps($$"""[ { "stepSlug": "a", "stepType": "{{type}}" } ]"""));

        Assert.Contains("    " + opening + StepTypes.Find(type)!.DisplayName + "\"", text);
    }

    [Fact]
    public void Write_EscapesQuotes_InStepNames()
    {
        var text = Write(Flow.Steps("""[ { "stepSlug": "a", "stepType": "action", "name": "Say \"hi\"" } ]"""));

        Assert.Contains("[\"Say #quot;hi#quot;\"]", text);
    }

    [GeneratedRegex("""^    s\d+\W+"(?<label>[^"]*)"\W*$""", RegexOptions.Multiline)]
    private static partial Regex NodeLine();

    [GeneratedRegex(@"^    s\d+ -->\|(?<port>[^|]+)\| \w+$", RegexOptions.Multiline)]
    private static partial Regex EdgeLine();
}
