using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Engine.Tests.Model;

public sealed class WorkflowJsonTests
{
    public static TheoryData<string> GuideWorkflows() => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.json").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(GuideWorkflows))]
    public void Export_ReimportsToEqualDefinition_ForEveryGuideWorkflow(string file)
    {
        var original = WorkflowJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", file)));

        var exported = WorkflowJson.Serialize(original);
        var reimported = WorkflowJson.Parse(exported);

        Assert.True(JsonNode.DeepEquals(WorkflowJson.ToJson(original), WorkflowJson.ToJson(reimported)));
        Assert.Equal(original.Steps.Select(s => s.Slug), reimported.Steps.Select(s => s.Slug));
    }

    [Fact]
    public void Parse_NamesThePath_WhenAStepHasNoSlug()
    {
        var error = Assert.Throws<WorkflowFormatException>(() =>
            WorkflowJson.Parse("""{ "name": "x", "steps": [ { "stepType": "action" } ] }"""));

        Assert.Equal("$.steps[0].stepSlug", error.Path);
    }
}
