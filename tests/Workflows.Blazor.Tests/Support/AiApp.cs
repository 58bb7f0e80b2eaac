using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Journeys;

namespace Workflows.Blazor.Tests.Support;

/// <summary>The demo store app with its AI provider set to a <see cref="FakeOpenAiServer"/>, as a self-hoster sets Ollama.</summary>
public sealed class AiApp : IAsyncLifetime
{
    internal FakeOpenAiServer Server { get; } = new();

    public AppFactory Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new AppFactory().WithDemoData().WithModel(Server);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Waits until no journey decision or step is in flight, so a test's scripted replies are not taken by the
    /// decision an earlier test's run still had coming (the tests of a class share one app and one model).
    /// </summary>
    public Task QuietAsync() =>
        Poll.UntilAsync(
            async () =>
            {
                Factory.Services.GetRequiredService<JourneyDecisionSignal>().Notify();
                return await Factory.QueryAsync(db => db.JourneyRuns.CountAsync(r =>
                    r.DecisionDue || r.DecidingUntil != null || r.LeaseOwner != null || JourneyStepRunner.RunsWithUnfinishedSteps(db).Contains(r.Id)));
            },
            busy => busy == 0,
            busy => $"{busy} journey run(s) are still being decided or acted on.");

    public async Task DisposeAsync()
    {
        Factory.Dispose();
        await Server.DisposeAsync();
    }
}
