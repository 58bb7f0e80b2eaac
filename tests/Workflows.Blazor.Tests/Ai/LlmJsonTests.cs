using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Ai;

/// <summary>JSON answers: JSON mode on the wire, schema checks, and one retry that tells the model what was wrong.</summary>
public sealed class LlmJsonTests(AiApp app) : IClassFixture<AiApp>
{
    private const string Valid = """{"products":["prod_001","prod_008"]}""";

    private static JsonObject RecommendStep(bool withSchema = true)
    {
        var config = new JsonObject
        {
            ["systemPrompt"] = "Recommend products as JSON.",
            ["userPrompt"] = "Customer cust_456",
            ["outputFormat"] = "json",
        };
        if (withSchema)
        {
            config["outputSchema"] = JsonNode.Parse("""
                {"type":"object","required":["products"],"properties":{"products":{"type":"array","items":{"type":"string"}}}}
                """);
        }
        return config;
    }

    [Fact]
    public async Task JsonStep_RetriesOnceWithTheParseError_AndSucceeds()
    {
        app.Server.Script(FakeReply.Say("Sure! {products: prod_001"), FakeReply.Say(Valid));

        var record = await app.Factory.RunLlmAsync(RecommendStep());

        Assert.True(record.Port == Ports.Success, record.Error);
        Assert.Equal("prod_008", record.Output!["products"]![1]!.GetValue<string>());
        var calls = LlmRunner.CallsOf(record);
        Assert.Equal(2, calls.Count);
        Assert.Contains("not valid JSON", calls[0]!["problem"]!.GetValue<string>());
        var retry = app.Server.Requests.Last()["messages"]!.AsArray().Last()!;
        Assert.Equal("user", retry["role"]!.GetValue<string>());
        Assert.Contains("not valid JSON", retry["content"]!.GetValue<string>());
        Assert.Equal("json_schema", app.Server.Requests.First()["response_format"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task JsonStep_TakesTheErrorPortWithTheParseError_WhenBothAnswersAreInvalid()
    {
        app.Server.Script(FakeReply.Say("not json"), FakeReply.Say("still not json"));

        var record = await app.Factory.RunLlmAsync(RecommendStep());

        Assert.Equal(Ports.Error, record.Port);
        Assert.Contains("not valid JSON", record.Error);
        Assert.Equal(2, LlmRunner.CallsOf(record).Count);
    }

    [Fact]
    public async Task JsonStep_RetriesWithTheSchemaProblem_WhenARequiredPropertyIsMissing()
    {
        app.Server.Script(FakeReply.Say("""{"items":[]}"""), FakeReply.Say(Valid));

        var record = await app.Factory.RunLlmAsync(RecommendStep());

        Assert.True(record.Port == Ports.Success, record.Error);
        Assert.Contains("'products'", LlmRunner.CallsOf(record)[0]!["problem"]!.GetValue<string>());
    }

    [Fact]
    public async Task JsonStep_AsksForJsonMode_WhenItHasNoSchema()
    {
        app.Server.Script(FakeReply.Say(Valid));

        var record = await app.Factory.RunLlmAsync(RecommendStep(withSchema: false));

        Assert.Equal("prod_001", record.Output!["products"]![0]!.GetValue<string>());
        Assert.Equal("json_object", app.Server.Requests.Single()["response_format"]!["type"]!.GetValue<string>());
    }
}
