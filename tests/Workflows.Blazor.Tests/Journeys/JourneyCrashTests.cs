using Workflows.Blazor.Tests.Support;
using Xunit.Abstractions;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>
/// The built app in a child process, with many contacts in a journey whose model always sends two emails, killed with
/// SIGKILL at seeded random points of its progress (a number of emails in the outbox, not a moment in time) and
/// restarted on the same database file: in the end every action a committed decision planned was sent exactly once,
/// and every contact got their decision.
/// </summary>
[LongRunning]
public sealed class JourneyCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20261203;
    private const int Contacts = 30;
    private const int EmailsPerDecision = 2;
    private const int Rounds = 6;

    /// <summary>Short, so a killed process's claims run out within a moment of the restart.</summary>
    private const string LeaseSeconds = "2";

    private readonly string _folder = Directory.CreateTempSubdirectory("wf-journey-crash-").FullName;
    private readonly FakeOpenAiServer _model = new()
    {
        Fallback = Decision(actNow: [Email("Espresso deal"), Email("Your espresso guide")]),
    };

    private string DatabasePath => Path.Combine(_folder, "workflows.db");

    private IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["AI__Endpoint"] = _model.Endpoint,
        ["AI__Model"] = FakeOpenAiServer.Model,
        ["AI__ApiKey"] = "local-key",
        ["Runner__JourneyLeaseSeconds"] = LeaseSeconds,
    };

    [Fact]
    public async Task KilledApp_SendsEveryPlannedActionOnce_AfterRandomKillsAndRestarts()
    {
        var random = new Random(Seed);
        var apiKey = await AppProcess.CreateApiKeyAsync(DatabasePath);
        var enrolEvent = $"cart.abandoned.{Guid.NewGuid():N}";
        for (var round = 0; round < Rounds; round++)
        {
            var sentBefore = await SentAsync();
            await using var app = await AppProcess.StartAsync(DatabasePath, apiKey, Settings);
            if (round == 0)
            {
                await EnrolAsync(app, enrolEvent);
            }
            var killAt = sentBefore + random.Next(1, Contacts * EmailsPerDecision / 3);
            await KillAtAsync(app, killAt);
            output.WriteLine($"round {round + 1}: killed at {await SentAsync()} emails (aimed at {killAt}), {await UnfinishedAsync()} step(s) unfinished");
        }

        await using (var app = await AppProcess.StartAsync(DatabasePath, apiKey, Settings))
        {
            await Poll.UntilAsync(
                async () => (Decided: await DecidedRunsAsync(), Unfinished: await UnfinishedAsync()),
                progress => progress.Decided == Contacts && progress.Unfinished == 0,
                progress => $"{progress.Decided} of {Contacts} contacts decided, {progress.Unfinished} step(s) unfinished:\n{app.Log}",
                TimeSpan.FromSeconds(60));
        }

        var steps = await DatabaseFile.QueryAsync(DatabasePath, "SELECT IdempotencyKey, Status FROM JourneyActionSteps", r => (Key: r.GetString(0), Status: r.GetString(1)));
        var sentPerStep = await DatabaseFile.QueryAsync(DatabasePath, """
            SELECT s.IdempotencyKey, COUNT(m.Id) FROM JourneyActionSteps s
            LEFT JOIN OutboxMessages m ON m.IdempotencyKey LIKE s.IdempotencyKey || '/%'
            GROUP BY s.IdempotencyKey
            """, r => (Key: r.GetString(0), Sent: r.GetInt64(1)));
        var journeyEmails = await DatabaseFile.CountAsync(DatabasePath, "SELECT COUNT(*) FROM OutboxMessages WHERE IdempotencyKey LIKE 'journey/%'");
        var decisionsPerRun = await DatabaseFile.QueryAsync(DatabasePath,
            "SELECT COUNT(*) FROM JourneyRuns r LEFT JOIN JourneyEntries e ON e.RunId = r.Id AND e.Kind = 'decision' GROUP BY r.Id", r => r.GetInt64(0));

        output.WriteLine($"{steps.Count} steps planned, {journeyEmails} journey emails in the outbox, {_model.Requests.Count} model calls");
        Assert.Equal(Contacts, decisionsPerRun.Count);
        Assert.All(decisionsPerRun, decisions => Assert.Equal(1, decisions));
        Assert.Equal(Contacts * EmailsPerDecision, steps.Count);
        Assert.All(steps, step => Assert.Equal("done", step.Status));
        Assert.All(sentPerStep, step => Assert.True(step.Sent == 1, $"{step.Key} was sent {step.Sent} time(s)."));
        Assert.Equal(steps.Count, journeyEmails);
    }

    /// <summary>Makes the journey and enrols every contact through its audience event; the decisions follow in the background.</summary>
    private async Task EnrolAsync(AppProcess app, string enrolEvent)
    {
        await app.Client.CreateJourneyAsync(JourneyDefinitions.Promotion(enrolEvent: enrolEvent));
        var contacts = await DatabaseFile.QueryAsync(DatabasePath, $"SELECT Id FROM Customers ORDER BY Id LIMIT {Contacts}", r => r.GetString(0));
        foreach (var contactId in contacts)
        {
            await app.Client.PublishEventAsync(enrolEvent, contactId, new { cart = 1 });
        }
        Assert.Equal(Contacts, await DatabaseFile.CountAsync(DatabasePath, "SELECT COUNT(*) FROM JourneyRuns"));
    }

    /// <summary>Kills the app as soon as the outbox holds <paramref name="sent"/> journey emails, or once the journey has nothing left to do.</summary>
    private async Task KillAtAsync(AppProcess app, long sent)
    {
        await Poll.UntilAsync(
            async () => (Sent: await SentAsync(), Done: await DecidedRunsAsync() == Contacts && await UnfinishedAsync() == 0),
            progress => progress.Sent >= sent || progress.Done,
            progress => $"The journey stopped at {progress.Sent} emails, short of {sent}:\n{app.Log}",
            TimeSpan.FromSeconds(60),
            TimeSpan.FromMilliseconds(5));
        await app.KillAsync();
    }

    private Task<long> SentAsync() => DatabaseFile.CountAsync(DatabasePath, "SELECT COUNT(*) FROM OutboxMessages WHERE IdempotencyKey LIKE 'journey/%'");

    private Task<long> UnfinishedAsync() => DatabaseFile.CountAsync(DatabasePath, "SELECT COUNT(*) FROM JourneyActionSteps WHERE Status IN ('pending', 'running')");

    private Task<long> DecidedRunsAsync() => DatabaseFile.CountAsync(DatabasePath, "SELECT COUNT(DISTINCT RunId) FROM JourneyEntries WHERE Kind = 'decision'");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _model.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
