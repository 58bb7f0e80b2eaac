using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Live;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Journeys.Evals;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>The page's background eval job against the fake model: progress, one session at a time, cancel, failures.</summary>
public sealed class JourneyEvalJobTests(AiApp app) : IClassFixture<AiApp>
{
    private static readonly IReadOnlyList<EvalScenario> Scenarios = JourneyScenarioFiles.Load(Path.Combine(AppContext.BaseDirectory, "evals", "journeys"));

    private static EvalScenario[] Named(params string[] names) => [.. names.Select(n => Scenarios.Single(s => s.Name == n))];

    private static async Task<int> StoredSessionsAsync(AppFactory factory) =>
        (await factory.Services.GetRequiredService<JourneyEvalRunner>().HistoryAsync()).Count;

    /// <summary>Completes once the job's status matches, as the page sees it change.</summary>
    private static async Task WhenAsync(AppFactory factory, Func<JourneyEvalStatus, bool> condition)
    {
        var job = factory.Services.GetRequiredService<JourneyEvalJob>();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check()
        {
            if (condition(job.Status))
            {
                reached.TrySetResult();
            }
        }
        using var subscription = factory.Services.GetRequiredService<ChangeNotifications>().Subscribe<JourneyEvalChanged>(() =>
        {
            Check();
            return Task.CompletedTask;
        });
        Check();
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Start_RunsInTheBackground_ReportsEachScenarioAndTrial_AndStoresTheSession()
    {
        app.Server.Script(Decision(actNow: [Email("Espresso deal")]), Decision(), Decision(actNow: [Email("Espresso deal")]), Decision());
        var job = app.Factory.Services.GetRequiredService<JourneyEvalJob>();
        var seen = new ConcurrentQueue<EvalProgress>();
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = app.Factory.Services.GetRequiredService<ChangeNotifications>().Subscribe(change => change is JourneyEvalChanged, changes =>
        {
            foreach (var status in changes.Cast<JourneyEvalChanged>().Select(c => c.Status))
            {
                if (status.Progress is { } p)
                {
                    seen.Enqueue(p);
                }
                if (!status.IsRunning)
                {
                    ended.TrySetResult();
                }
            }
            return Task.CompletedTask;
        });

        Assert.Null(job.Start(Named("promo-opened", "promo-not-opened"), 1, "designer@example.com"));
        await ended.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(JourneyEvalPhase.Finished, job.Status.Phase);
        Assert.Equal(2, job.Status.ScenariosDone);
        var started = seen.Where(p => p.Scored is null).DistinctBy(p => p.Number).Select(p => $"{p.Number}/{p.Total} {p.Scenario} trial {p.Trial}/{p.Trials}");
        Assert.Equal(["1/2 promo-opened trial 1/1", "2/2 promo-not-opened trial 1/1"], started);
        Assert.Equal(["promo-opened", "promo-not-opened"], seen.Where(p => p.Scored is not null).Distinct().Select(p => p.Scored!.Scenario));
        var stored = (await app.Factory.Services.GetRequiredService<JourneyEvalRunner>().HistoryAsync()).Single(h => h.EvalId == job.Status.Report!.EvalId);
        Assert.Equal(2, stored.Scenarios.Count);
    }

    [Fact]
    public async Task Start_IsRefused_WhileASessionRuns_AndSaysWhoStartedIt()
    {
        app.Server.Script();
        app.Server.Gate = new TaskCompletionSource();
        var job = app.Factory.Services.GetRequiredService<JourneyEvalJob>();
        try
        {
            Assert.Null(job.Start(Named("promo-opened"), 1, "ada@example.com"));

            var refused = job.Start(Named("promo-not-opened"), 1, "grace@example.com");

            Assert.Equal("An eval is already running, started by ada@example.com: wait for it to finish or cancel it.", refused);
            Assert.Equal("ada@example.com", job.Status.StartedBy);
        }
        finally
        {
            app.Server.Gate.SetResult();
            app.Server.Gate = null;
            await job.Completion;
        }
        Assert.Equal(JourneyEvalPhase.Finished, job.Status.Phase);
        Assert.Equal("promo-opened", Assert.Single(job.Status.Report!.Scenarios).Scenario);
    }

    [Fact]
    public async Task Cancel_StopsTheSessionWhileTheModelThinks_AndStoresNothing()
    {
        // A server of its own: the cancelled call leaves it answering a client that is gone.
        await using var server = new FakeOpenAiServer { Gate = new TaskCompletionSource() };
        using var factory = new AppFactory().WithSetting("AI:Endpoint", server.Endpoint).WithSetting("AI:Model", FakeOpenAiServer.Model);
        var job = factory.Services.GetRequiredService<JourneyEvalJob>();
        try
        {
            job.Start(Named("promo-opened", "promo-not-opened"), 3, "designer@example.com");
            await WhenAsync(factory, s => s.Progress is not null);

            job.Cancel();
            await job.Completion;
        }
        finally
        {
            server.Gate.SetResult();
        }

        Assert.Equal(JourneyEvalPhase.Cancelled, job.Status.Phase);
        Assert.Equal("Cancelled after 0 of 2 scenarios. Nothing was stored: only complete sessions are charted.", job.Status.Message);
        Assert.Equal(0, await StoredSessionsAsync(factory));
    }

    [Fact]
    public async Task Start_FailsWithTheProvidersAnswer_WhenTheModelCannotBeReached_AndStoresNothing()
    {
        using var wrongPath = new AppFactory()
            .WithSetting("AI:Endpoint", app.Server.Endpoint + "/nowhere")
            .WithSetting("AI:Model", FakeOpenAiServer.Model);
        var job = wrongPath.Services.GetRequiredService<JourneyEvalJob>();

        job.Start(Named("promo-opened"), 1, "designer@example.com");
        await job.Completion;

        Assert.Equal(JourneyEvalPhase.Failed, job.Status.Phase);
        Assert.StartsWith("The model failed during scenario promo-opened, so the eval stopped and stored nothing. The AI provider (", job.Status.Message);
        Assert.Equal(0, await StoredSessionsAsync(wrongPath));
    }

    [Fact]
    public async Task Start_FailsWithHowToConfigureAModel_WhenNoneIsSet()
    {
        using var noModel = new AppFactory();
        var job = noModel.Services.GetRequiredService<JourneyEvalJob>();

        job.Start(Named("promo-opened"), 1, "designer@example.com");
        await job.Completion;

        Assert.Equal(JourneyEvalPhase.Failed, job.Status.Phase);
        Assert.Contains("Journeys cannot decide: No AI provider is configured yet.", job.Status.Message);
        Assert.Contains("Settings → AI", job.Status.Message);
    }
}
