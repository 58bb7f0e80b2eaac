using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Ai;

/// <summary>User guide, Pattern 4: LLM steps of runs with a thread id share the conversation, kept in the database.</summary>
public sealed class LlmThreadTests(AiApp app) : IClassFixture<AiApp>
{
    [Fact]
    public async Task Pattern4_SecondStepSendsTheFirstStepsExchange_ThroughTheRunner()
    {
        app.Server.Script(FakeReply.Say("Buys espresso every month."), FakeReply.Say("1. Offer a subscription."));
        var client = await app.Factory.CreateApiClientAsync();
        var guide = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "workflows", "pattern4-customer-analysis.json"));
        var workflowId = await client.ImportAsync(guide);

        var executionId = await client.StartRunAsync(workflowId, new { input = new { customerId = "cust_456" }, threadId = $"thread_{Guid.NewGuid():N}" });
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("1. Offer a subscription.", execution["variables"]!["recommendations"]!.GetValue<string>());
        var second = Messages(app.Server.Requests.Last());
        Assert.Equal(["system", "user", "assistant", "user"], second.Select(m => m.Role));
        Assert.Contains("John Doe", second[1].Content);
        Assert.Equal("Buys espresso every month.", second[2].Content);
        Assert.Equal("What should we do?", second[3].Content);
    }

    [Fact]
    public async Task LlmStep_RemembersAnEarlierRunOfTheSameThread_AndNotOtherThreads()
    {
        var thread = $"thread_{Guid.NewGuid():N}";
        JsonObject Ask(string question) => new() { ["systemPrompt"] = "You are helpful.", ["userPrompt"] = question };
        app.Server.Script(FakeReply.Say("Noted: blue."), FakeReply.Say("Blue."), FakeReply.Say("I do not know."));

        await app.Factory.RunLlmStepsAsync([Ask("My favourite colour is blue.")], thread);
        await app.Factory.RunLlmStepsAsync([Ask("What is my favourite colour?")], thread);
        await app.Factory.RunLlmStepsAsync([Ask("What is my favourite colour?")], $"thread_{Guid.NewGuid():N}");

        var requests = app.Server.Requests.ToList();
        Assert.Contains(Messages(requests[1]), m => m.Content == "Noted: blue.");
        Assert.Equal(2, Messages(requests[2]).Count);
    }

    private static List<(string Role, string Content)> Messages(JsonObject request) =>
        [.. request["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), ContentOf(m!["content"])))];

    /// <summary>Content is text, or a list of text parts.</summary>
    private static string ContentOf(JsonNode? content) => content switch
    {
        JsonArray parts => string.Concat(parts.Select(p => p!["text"]?.GetValue<string>())),
        JsonValue text => text.GetValue<string>(),
        _ => "",
    };
}
