using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>No model, or one that does not answer: the contact's news is kept and decided once a model answers.</summary>
public sealed class JourneyModelOutageTests : IAsyncLifetime
{
    private readonly FakeOpenAiServer _server = new();
    private readonly AppFactory _app = new AppFactory().WithDemoData();

    [Fact]
    public async Task Decisions_WaitWhileNoModelAnswers_AndAreTakenOnceOneDoes()
    {
        var client = await _app.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        var timeline = await client.EnrolAsync(journeyId, "cust_456");
        var refusal = timeline.Entries("decision_refused").Single()["data"]!["refusals"]![0]!["reason"]!.GetValue<string>();

        await _app.Services.GetRequiredService<AiSettings>()
            .SaveAsync(new AiProviderSettings { Endpoint = _server.Endpoint, Model = FakeOpenAiServer.Model }, "local-key", "admin@example.com");
        _server.Script(Decision(actNow: [Email("Espresso deal")]));
        var later = await RetryUntilSentAsync(client, journeyId, timeline.RunId());

        Assert.Contains("Journeys cannot decide: No AI provider is configured yet.", refusal);
        Assert.Contains("The decision waits and is taken once the model answers.", refusal);
        Assert.Single(later.Entries("decision_refused"));
        Assert.Single(later.Entries("decision"));
        Assert.Equal("Espresso deal", later.Entries("action_taken").Single()["data"]!["parameters"]!["subject"]!.GetValue<string>());
    }

    /// <summary>The decision worker waits 30 s (on the app's clock) after a round the model did not answer.</summary>
    private Task<JsonObject> RetryUntilSentAsync(HttpClient client, string journeyId, string runId) =>
        Poll.UntilAsync(
            async () =>
            {
                await _app.AdvanceAsync(TimeSpan.FromSeconds(30));
                return await client.TimelineAsync(journeyId, runId);
            },
            timeline => timeline.Entries("action_taken").Count > 0,
            timeline => $"The decision was never retried: {timeline.ToJsonString()}");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _server.DisposeAsync();
    }
}
