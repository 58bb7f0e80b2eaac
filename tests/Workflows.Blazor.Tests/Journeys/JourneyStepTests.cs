using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Journeys;

/// <summary>A decision's actions are recorded steps with stable keys: committed before they run, and run again after a crash without sending twice.</summary>
public sealed class JourneyStepTests(AiApp app) : QuietAiAppTests
{
    protected override AiApp App => app;

    [Fact]
    public async Task DecisionActions_AreRecordedAsDoneSteps_WithAKeyPerDecisionAndIndex()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(Decision(actNow: [Email("First"), Email("Second")]));

        var timeline = await client.EnrolAsync(journeyId, "cust_012");

        var decisionId = timeline.Entries("decision").Single()["data"]!["decisionId"]!.GetValue<string>();
        var steps = await StepsAsync(timeline.RunId());
        Assert.Equal([$"journey/{decisionId}/0", $"journey/{decisionId}/1"], steps.Select(s => s.IdempotencyKey));
        Assert.All(steps, s => Assert.Equal(JourneyActionStatus.Done, s.Status));
        Assert.Contains("First", steps[0].UsedParametersJson);
        Assert.NotNull(steps[0].OutputJson);
    }

    [Fact]
    public async Task StepsACrashLeftUnfinished_RunAgainUnderTheirKeys_AndSendOnce()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(Decision(actNow: [Email("Sent before the crash"), Email("Not sent before the crash")]));
        var runId = (await client.EnrolAsync(journeyId, "cust_013")).RunId();
        var steps = await StepsAsync(runId);
        // The state a kill leaves: the first email left but its step was not recorded, the second never started.
        // One transaction, so the decision worker sees either the finished run or the crashed one.
        await app.Factory.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.JourneyActionSteps.Where(s => s.Id == steps[0].Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, JourneyActionStatus.Running));
            await db.JourneyActionSteps.Where(s => s.Id == steps[1].Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, JourneyActionStatus.Pending));
            await db.OutboxMessages.Where(m => m.IdempotencyKey!.StartsWith(steps[1].IdempotencyKey + "/")).ExecuteDeleteAsync();
            await db.JourneyEntries.Where(e => e.RunId == runId && e.Kind == "action_taken").ExecuteDeleteAsync();
            await transaction.CommitAsync();
            return true;
        });

        await app.Factory.Services.GetRequiredService<JourneyRunner>().DecideAsync(runId, CancellationToken.None);

        var timeline = await client.TimelineAsync(journeyId, runId);
        Assert.Equal(2, timeline.Entries("action_taken").Count);
        Assert.All(await StepsAsync(runId), s => Assert.Equal(JourneyActionStatus.Done, s.Status));
        foreach (var step in steps)
        {
            Assert.Equal(1, await app.Factory.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.IdempotencyKey!.StartsWith(step.IdempotencyKey + "/"))));
        }
        Assert.Single(timeline.Entries("decision"));
    }

    [Fact]
    public async Task NewsWhileTheModelThinks_IsAppendedAtOnce_AndTheDecisionIsTakenAgainWithIt()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var enrolEvent = $"cart.abandoned.{Guid.NewGuid():N}";
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion(enrolEvent: enrolEvent));
        app.Server.Script(Decision(actNow: [Email("Taken on old news")]), Decision(actNow: [Email("Taken on the latest news")]));
        var model = new TaskCompletionSource();
        app.Server.Gate = model;
        try
        {
            await client.PublishEventAsync(enrolEvent, "cust_014", new { cart = 1 });
            await Poll.UntilAsync(() => !app.Server.Requests.IsEmpty, "The decision worker never asked the model.");

            // The contact is not locked while the model thinks: the event is in the log before it answers.
            await client.PublishEventAsync("email.opened", "cust_014", new { subject = "Welcome" });
            var runId = await app.Factory.QueryAsync(db => db.JourneyRuns.Where(r => r.JourneyId == journeyId).Select(r => r.Id).SingleAsync());
            Assert.Single((await client.TimelineAsync(journeyId, runId)).Entries("event"));
            Assert.False(model.Task.IsCompleted);

            model.SetResult();
            var timeline = await app.Factory.TickUntilAsync(client, journeyId, runId, "action_taken");

            Assert.Single(timeline.Entries("decision"));
            Assert.Equal("Taken on the latest news", timeline.Entries("action_taken").Single()["data"]!["parameters"]!["subject"]!.GetValue<string>());
            Assert.Contains("email.opened", app.Server.Requests.Last()["messages"]!.ToJsonString());
        }
        finally
        {
            model.TrySetResult();
            app.Server.Gate = null;
        }
    }

    [Fact]
    public async Task Lease_IsRefusedWhileHeld_AndTakenOverOnceItRunsOut()
    {
        var client = await app.Factory.CreateApiClientAsync();
        var journeyId = await client.CreateJourneyAsync(JourneyDefinitions.Promotion());
        app.Server.Script(Decision());
        var runId = (await client.EnrolAsync(journeyId, "cust_015")).RunId();
        var leases = app.Factory.Services.GetRequiredService<JourneyLeases>();

        await using var first = await leases.TryTakeAsync(runId, CancellationToken.None);
        var whileHeld = await leases.TryTakeAsync(runId, CancellationToken.None);
        app.Factory.Clock.Advance(TimeSpan.FromSeconds(61));
        await using var second = await leases.TryTakeAsync(runId, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(whileHeld);
        Assert.NotNull(second);
        Assert.False(await first.RenewAsync(CancellationToken.None));
        Assert.True(await second.RenewAsync(CancellationToken.None));
        await first.DisposeAsync();
        Assert.Null(await leases.TryTakeAsync(runId, CancellationToken.None));
    }

    private Task<List<JourneyActionStepEntity>> StepsAsync(string runId) =>
        app.Factory.QueryAsync(db => db.JourneyActionSteps.AsNoTracking().Where(s => s.RunId == runId).OrderBy(s => s.Id).ToListAsync());
}
