using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Model;

public sealed class WorkflowJsonTests
{
    [Theory]
    [MemberData(nameof(GuideWorkflows.Files), MemberType = typeof(GuideWorkflows))]
    public void Parse_ReadsEveryStepWithItsPorts_ForEveryGuideWorkflow(string file)
    {
        var source = JsonNode.Parse(GuideWorkflows.Text(file))!;

        var definition = GuideWorkflows.Load(file);

        var steps = source["steps"]!.AsArray();
        Assert.Equal(source["name"]!.GetValue<string>(), definition.Name);
        Assert.Equal(steps.Select(s => s!["stepSlug"]!.GetValue<string>()), definition.Steps.Select(s => s.Slug));
        Assert.Equal(steps.Select(s => s!["nextSteps"]!.AsObject().Count), definition.Steps.Select(s => s.NextSteps.Count));
    }

    [Theory]
    [MemberData(nameof(GuideWorkflows.Files), MemberType = typeof(GuideWorkflows))]
    public void Export_ReimportsToEqualDefinition_ForEveryGuideWorkflow(string file)
    {
        var original = GuideWorkflows.Load(file);

        var reimported = WorkflowJson.Parse(WorkflowJson.Serialize(original));

        Assert.True(JsonNode.DeepEquals(WorkflowJson.ToJson(original), WorkflowJson.ToJson(reimported)));
    }

    [Theory]
    [MemberData(nameof(GuideWorkflows.Files), MemberType = typeof(GuideWorkflows))]
    public void Export_KeepsTheGuideJson_ForEveryGuideWorkflow(string file)
    {
        var source = JsonNode.Parse(GuideWorkflows.Text(file))!;

        var exported = WorkflowJson.ToJson(GuideWorkflows.Load(file));

        Assert.True(JsonNode.DeepEquals(source, exported), exported.ToJsonString());
    }

    [Fact]
    public void Export_KeepsNamesDescriptionsPositionsAndWorkflowConfig_WhenSet()
    {
        const string json = """
            { "name": "w", "description": "d", "config": { "schedule": { "cron": "0 9 * * *" } },
              "steps": [ { "stepSlug": "a", "stepType": "trigger", "name": "Start", "description": "begins",
                           "config": { "type": "manual" }, "nextSteps": { "success": "end" }, "position": { "x": 10.5, "y": -3 } } ] }
            """;

        var reimported = WorkflowJson.Parse(WorkflowJson.Serialize(WorkflowJson.Parse(json)));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), WorkflowJson.ToJson(reimported)));
        Assert.Equal(new CanvasPosition(10.5, -3), reimported.Steps[0].Position);
    }

    [Theory]
    [InlineData("""{ "steps": [] }""", "$.name")]
    [InlineData("""{ "name": " ", "steps": [] }""", "$.name")]
    [InlineData("""{ "name": 5, "steps": [] }""", "$.name")]
    [InlineData("""{ "name": "x" }""", "$.steps")]
    [InlineData("""{ "name": "x", "steps": {} }""", "$.steps")]
    [InlineData("""{ "name": "x", "steps": [], "stpes": [] }""", "$.stpes")]
    [InlineData("""{ "name": "x", "description": [], "steps": [] }""", "$.description")]
    [InlineData("""{ "name": "x", "config": "yes", "steps": [] }""", "$.config")]
    [InlineData("""{ "name": "x", "steps": [ 42 ] }""", "$.steps[0]")]
    [InlineData("""{ "name": "x", "steps": [ { "stepType": "action" } ] }""", "$.steps[0].stepSlug")]
    [InlineData("""{ "name": "x", "steps": [ { "stepSlug": "a" } ] }""", "$.steps[0].stepType")]
    [InlineData("""{ "name": "x", "steps": [ { "stepSlug": "a", "stepType": "" } ] }""", "$.steps[0].stepType")]
    [InlineData("""{ "name": "x", "steps": [ { "stepSlug": "a", "stepType": "action", "next": {} } ] }""", "$.steps[0].next")]
    [InlineData("""{ "name": "x", "steps": [ { "stepSlug": "a", "stepType": "action" }, { "stepSlug": 7, "stepType": "action" } ] }""", "$.steps[1].stepSlug")]
    [InlineData("""{ "name": "x", "steps": [ { "stepSlug": "a", "stepType": "action", "config": [] } ] }""", "$.steps[0].config")]
    [InlineData("""{ "name": "x", "steps": [ { "stepSlug": "a", "stepType": "action", "nextSteps": { "success": 1 } } ] }""", "$.steps[0].nextSteps.success")]
    [InlineData("""{ "name": "x", "steps": [ { "stepSlug": "a", "stepType": "action", "position": { "x": "1", "y": 2 } } ] }""", "$.steps[0].position.x")]
    public void Parse_ThrowsFormatErrorNamingThePath_WhenTheShapeIsWrong(string json, string path)
    {
        var error = Assert.Throws<WorkflowFormatException>(() => WorkflowJson.Parse(json));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(path + ": ", error.Message);
    }

    [Theory]
    [InlineData("""{ "name": "x", "steps": [ """, "line 1")]
    [InlineData("{ \"name\": \"x\",\n  \"steps\": [ } ", "line 2, column 14")]
    [InlineData("", "line 1")]
    public void Parse_ThrowsFormatErrorWithLineAndColumn_WhenTheJsonIsMalformed(string json, string where)
    {
        var error = Assert.Throws<WorkflowFormatException>(() => WorkflowJson.Parse(json));

        Assert.StartsWith(where, error.Path);
        Assert.Contains("not valid JSON", error.Reason);
    }

    [Fact]
    public void Parse_ThrowsFormatError_WhenTheDocumentIsNotAnObject()
    {
        var error = Assert.Throws<WorkflowFormatException>(() => WorkflowJson.Parse("null"));

        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void Parse_ThrowsFormatError_WhenAKeyIsRepeatedInsideConfig()
    {
        var error = Assert.Throws<WorkflowFormatException>(() =>
            WorkflowJson.Parse("""{ "name": "x", "steps": [ { "stepSlug": "a", "stepType": "action", "config": { "to": 1, "to": 2 } } ] }"""));

        Assert.Contains("'to'", error.Message);
    }

    [Fact]
    public void Parse_NamesTheKnownFields_WhenAStepFieldIsUnknown()
    {
        var error = Assert.Throws<WorkflowFormatException>(() =>
            WorkflowJson.Parse("""{ "name": "x", "steps": [ { "stepSlug": "a", "stepType": "action", "nextStep": {} } ] }"""));

        Assert.Contains("nextSteps", error.Reason);
    }

    [Fact]
    public void Parse_SkipsNullPorts_AndAcceptsCommentsAndTrailingCommas()
    {
        var definition = WorkflowJson.Parse("""
            { "name": "x", // the name
              "steps": [ { "stepSlug": "a", "stepType": "action", "nextSteps": { "success": "end", "error": null, }, }, ] }
            """);

        Assert.Equal(["success"], definition.Steps[0].NextSteps.Keys);
    }
}
