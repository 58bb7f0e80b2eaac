using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Ai;

/// <summary>LLM steps with tools, through the real OpenAI provider stack against a fake server on 127.0.0.1.</summary>
public sealed class LlmToolTests(AiApp app) : IClassFixture<AiApp>
{
    private static JsonObject LookUpStep(params string[] tools) => new()
    {
        ["systemPrompt"] = "You answer questions about customers. Use the tools.",
        ["userPrompt"] = "What is the name of customer cust_456?",
        ["tools"] = new JsonArray([.. tools.Select(t => JsonValue.Create(t))]),
        ["temperature"] = 0.2,
        ["maxTokens"] = 200,
    };

    [Fact]
    public async Task LlmStep_AnswersWithTheCustomersName_AfterLookingTheCustomerUp()
    {
        app.Server.Script(
            FakeReply.Call("customer_get", new JsonObject { ["customerId"] = "cust_456" }),
            FakeReply.Say("The customer is John Doe."));

        var record = await app.Factory.RunLlmAsync(LookUpStep("customer_get", "product_get"));

        Assert.True(record.Port == Ports.Success, record.Error);
        Assert.Equal("The customer is John Doe.", record.Output!.GetValue<string>());
        var toolResult = app.Server.Requests.Last()["messages"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == "tool")!;
        Assert.Contains("John Doe", toolResult["content"]!.GetValue<string>());
        var call = LlmRunner.CallsOf(record).Single()!;
        var toolCall = call["toolCalls"]!.AsArray().Single()!;
        Assert.Equal("customer_get", toolCall["name"]!.GetValue<string>());
        Assert.Equal("cust_456", toolCall["arguments"]!["customerId"]!.GetValue<string>());
        Assert.Equal("John Doe", toolCall["result"]!["name"]!.GetValue<string>());
        Assert.Equal(FakeOpenAiServer.Model, call["model"]!.GetValue<string>());
        Assert.True(call["usage"]!["totalTokens"]!.GetValue<long>() > 0);
        Assert.NotNull(call["latencyMs"]);
        Assert.Equal("system", call["messages"]![0]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task LlmStep_LogsTwoEvents_WhenTheModelCallsTheLoggingToolTwice()
    {
        var campaign = $"spring-{Guid.NewGuid():N}";
        app.Server.Script(
            FakeReply.Call("campaign_log_event", new JsonObject { ["campaign"] = campaign, ["eventType"] = "offer_sent" }),
            FakeReply.Call("campaign_log_event", new JsonObject { ["campaign"] = campaign, ["eventType"] = "offer_opened" }),
            FakeReply.Say("Logged both."));

        var record = await app.Factory.RunLlmAsync(LookUpStep("campaign.log_event"));

        Assert.True(record.Port == Ports.Success, record.Error);
        var logged = await app.Factory.QueryAsync(db => db.CampaignEvents.Where(e => e.Campaign == campaign).Select(e => e.EventType).ToListAsync());
        Assert.Equal(["offer_opened", "offer_sent"], logged.Order());
    }

    [Fact]
    public async Task LlmStep_OffersTheModelOnlyItsListedTools()
    {
        app.Server.Script(FakeReply.Say("Nothing to look up."));

        await app.Factory.RunLlmAsync(LookUpStep("customer_get", "product.get"));

        var request = app.Server.Requests.Single();
        Assert.Equal(["customer_get", "product_get"], LlmRunner.OfferedTools(request));
        Assert.Equal(0.2, request["temperature"]!.GetValue<double>(), 3);
        var description = request["tools"]![0]!["function"]!;
        Assert.Equal("string", description["parameters"]!["properties"]!["customerId"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task LlmStep_RefusesAndRecordsACall_OfAToolOutsideItsList()
    {
        app.Server.Script(
            FakeReply.Call("customer_update", new JsonObject { ["customerId"] = "cust_456", ["name"] = "Mallory" }),
            FakeReply.Say("Done."));

        var record = await app.Factory.RunLlmAsync(LookUpStep("customer_get"));

        var refused = LlmRunner.CallsOf(record).Single()!["toolCalls"]!.AsArray().Single()!;
        Assert.Equal("customer_update", refused["name"]!.GetValue<string>());
        Assert.True(refused["refused"]!.GetValue<bool>());
        var customer = await app.Factory.OutputOfAsync("customer_get", new JsonObject { ["customerId"] = "cust_456" });
        Assert.Equal("John Doe", customer["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task LlmStep_TellsTheModelWhatWentWrong_WhenAToolFails()
    {
        app.Server.Script(
            FakeReply.Call("customer_get", new JsonObject { ["customerId"] = "cust_missing" }),
            FakeReply.Say("I could not find that customer."));

        var record = await app.Factory.RunLlmAsync(LookUpStep("customer_get"));

        Assert.True(record.Port == Ports.Success, record.Error);
        var failed = LlmRunner.CallsOf(record).Single()!["toolCalls"]!.AsArray().Single()!;
        Assert.Contains("cust_missing", failed["error"]!.GetValue<string>());
        var toolResult = app.Server.Requests.Last()["messages"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == "tool")!;
        Assert.Contains("cust_missing", toolResult["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task LlmStep_FailsWithTheName_OfAToolThatIsNoAction()
    {
        app.Server.Script();

        var record = await app.Factory.RunLlmAsync(LookUpStep("customer_gett"));

        Assert.Equal(Ports.Error, record.Port);
        Assert.Contains("customer_gett", record.Error);
        Assert.Empty(app.Server.Requests);
    }

    [Fact]
    public async Task LlmStep_NamesTheProvider_WhenTheProviderRefusesTheCall()
    {
        using var wrongPath = new AppFactory()
            .WithSetting("AI:Endpoint", app.Server.Endpoint + "/nowhere")
            .WithSetting("AI:Model", FakeOpenAiServer.Model);

        var record = await wrongPath.RunLlmAsync(LookUpStep());

        Assert.Equal(Ports.Error, record.Port);
        Assert.Contains($"The AI provider ({app.Server.Endpoint}/nowhere, model {FakeOpenAiServer.Model}) did not answer", record.Error);
    }

    [Fact]
    public async Task LlmStep_UsesTheRunsTestOutput_InsteadOfTheProvider()
    {
        app.Server.Script();

        var record = await app.Factory.RunLlmAsync(LookUpStep(), new JsonObject { ["llm1"] = "From the test." });

        Assert.Equal("From the test.", record.Output!.GetValue<string>());
        Assert.True(record.Input!["testOutput"]!.GetValue<bool>());
        Assert.Empty(app.Server.Requests);
    }
}
