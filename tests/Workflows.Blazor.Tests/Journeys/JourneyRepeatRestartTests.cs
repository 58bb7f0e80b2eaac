using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>
/// A repeating journey action (every 5 minutes, 4 times) survives the app stopping and starting again on the same
/// SQLite file: the series goes on from where it was, with no time sent twice and none skipped, even a time that fell
/// due while the app was down.
/// </summary>
public sealed class JourneyRepeatRestartTests : IAsyncLifetime
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    private readonly string _folder = Directory.CreateTempSubdirectory("wf-journey-repeat-").FullName;
    private readonly FakeOpenAiServer _model = new() { Fallback = Decision() };

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RepeatingReminder_GoesOnAfterARestart_WithNoTimeTwiceAndNoneSkipped()
    {
        string journeyId;
        string runId;
        DateTimeOffset enrolledAt;
        DateTimeOffset stoppedAt;
        using (var first = App())
        {
            var client = await first.CreateApiClientAsync();
            journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(maxEmails: 4));
            _model.Script(Decision(schedule: [Reminder(times: 4)]));
            enrolledAt = first.Clock.GetUtcNow();
            var timeline = await client.EnrolAsync(journeyId, "cust_456");
            runId = timeline.RunId();

            first.Clock.Advance(Every);
            await first.TickUntilAsync(client, journeyId, runId, "action_taken", count: 1);
            await first.NoJourneyDecisionDueAsync();
            stoppedAt = first.Clock.GetUtcNow();
        }

        // The second time falls due while the app is down; it is sent on start, and the series keeps its times.
        using (var second = App(stoppedAt + Every + TimeSpan.FromMinutes(2)))
        {
            var client = await second.CreateApiClientAsync();
            await second.TickUntilAsync(client, journeyId, runId, "action_taken", count: 2);
            for (var time = 3; time <= 4; time++)
            {
                second.Clock.Advance(Every);
                await second.TickUntilAsync(client, journeyId, runId, "action_taken", count: time);
            }
            await second.AdvanceAsync(Every * 3);
            await second.NoJourneyDecisionDueAsync();

            var timeline = await client.TimelineAsync(journeyId, runId);
            var sent = timeline.Entries("action_taken");
            Assert.Equal(4, sent.Count);
            Assert.Single(sent.Select(e => e["data"]!["scheduledId"]!.GetValue<string>()).Distinct());
            Assert.Equal(
                [enrolledAt + Every * 2, enrolledAt + Every * 3, enrolledAt + Every * 4],
                sent.Take(3).Select(e => e["data"]!["nextDueAt"]!.GetValue<DateTimeOffset>()));
            Assert.Null(sent[3]["data"]!["nextDueAt"]);
            Assert.Empty(timeline["upcoming"]!.AsArray());
            Assert.Equal(4, await second.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.IdempotencyKey!.StartsWith("journey/"))));
        }
    }

    /// <summary>The app on this test's database file, its fake clock at <paramref name="now"/> when given (it only moves forward).</summary>
    private AppFactory App(DateTimeOffset? now = null)
    {
        var app = new AppFactory().WithDemoData()
            .WithSetting("Database:Path", Path.Combine(_folder, "workflows.db"))
            .WithModel(_model);
        if (now is { } at)
        {
            app.Clock.SetUtcNow(at);
        }
        return app;
    }

    public async Task DisposeAsync()
    {
        await _model.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
