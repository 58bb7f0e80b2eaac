using System.Text.Json.Nodes;
using Workflows.Engine.Editing;

namespace Workflows.Engine.Tests.Editing;

public sealed class StepReferencesTests
{
    [Fact]
    public void Rename_RewritesOnlyStepReferencesInsideTags()
    {
        var config = new JsonObject
        {
            ["expression"] = "{{steps.a.output.ok}} == true && {{ steps.ab.output }} != {{steps.a[0]}}",
            ["list"] = new JsonArray("{{#steps.a.output.items}}{{name}}{{/steps.a.output.items}}", "steps.a stays as text"),
        };

        var renamed = StepReferences.Rename(config, new Dictionary<string, string> { ["a"] = "a_2" });

        Assert.Equal("{{steps.a_2.output.ok}} == true && {{ steps.ab.output }} != {{steps.a_2[0]}}", renamed["expression"]!.GetValue<string>());
        Assert.Equal("{{#steps.a_2.output.items}}{{name}}{{/steps.a_2.output.items}}", renamed["list"]![0]!.GetValue<string>());
        Assert.Equal("steps.a stays as text", renamed["list"]![1]!.GetValue<string>());
        Assert.Equal("{{steps.a.output.ok}} == true && {{ steps.ab.output }} != {{steps.a[0]}}", config["expression"]!.GetValue<string>());
    }
}
