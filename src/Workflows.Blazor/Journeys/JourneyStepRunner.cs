using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Carries out a journey run's recorded action steps that have not finished, oldest first, while holding the run's
/// lease. Each step is marked running before it runs and done (or failed) with its outcome after, in the same commit
/// as the log's "action taken" entry; a step a crash left pending or running runs again under the same key, so an
/// action that had already sent finds its first result instead of sending twice.
/// </summary>
public sealed class JourneyStepRunner(
    IDbContextFactory<AppDbContext> contexts,
    JourneyActionExecutor actions,
    JourneyDecisionSignal decisionSignal,
    IDomainEvents events,
    JourneyNews journeyNews,
    TimeProvider time)
{
    private static readonly JourneyActionStatus[] Unfinished = [JourneyActionStatus.Pending, JourneyActionStatus.Running];

    /// <summary>Runs every unfinished step of the lease's run; stops early only when the lease was lost to another process.</summary>
    public async Task RunAsync(JourneyLease lease, CancellationToken cancellationToken)
    {
        while (await NextAsync(lease.RunId, cancellationToken) is { } stepId)
        {
            if (!await lease.RenewAsync(cancellationToken))
            {
                return;
            }
            await RunStepAsync(stepId, cancellationToken);
        }
    }

    /// <summary>Whether the run has steps that have not finished (planned before a crash, or being run elsewhere).</summary>
    public static IQueryable<string> RunsWithUnfinishedSteps(AppDbContext db) =>
        db.JourneyActionSteps.Where(s => Unfinished.Contains(s.Status)).Select(s => s.RunId);

    private async Task<long?> NextAsync(string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JourneyActionSteps.AsNoTracking()
            .Where(s => s.RunId == runId && Unfinished.Contains(s.Status))
            .OrderBy(s => s.Id)
            .Select(s => (long?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task RunStepAsync(long stepId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var step = await db.JourneyActionSteps.FirstAsync(s => s.Id == stepId, cancellationToken);
        var run = await db.JourneyRuns.AsNoTracking().FirstAsync(r => r.Id == step.RunId, cancellationToken);
        var definition = await JourneyStore.VersionAsync(db, run.JourneyId, run.Version, cancellationToken);
        step.Status = JourneyActionStatus.Running;
        step.StartedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);

        var parameters = JsonNode.Parse(step.ParametersJson) as JsonObject ?? [];
        var outcome = await actions.RunAsync(new JourneyActionRequest(run.Id, step.IdempotencyKey, step.Action, parameters, run.ContactId,
            await JourneyContacts.ActionInputAsync(db, run.ContactId, definition, cancellationToken)), cancellationToken);
        await RecordAsync(db, step, outcome, new JourneyActionNotice(run.JourneyId, run.Version, run.Id, run.ContactId, definition.Subscribers), cancellationToken);
        journeyNews.Changed(run.JourneyId);
        if (step.ScheduledId is not null)
        {
            decisionSignal.Notify();
        }
    }

    /// <summary>The step's outcome, its log entry and the run's news commit together: a crash leaves the step to run again, never half-recorded.</summary>
    private async Task RecordAsync(AppDbContext db, JourneyActionStepEntity step, ActionOutcome outcome, JourneyActionNotice notice, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        step.Status = outcome.Error is null ? JourneyActionStatus.Done : JourneyActionStatus.Failed;
        step.UsedParametersJson = outcome.Parameters.ToJsonString();
        step.OutputJson = outcome.Output?.ToJsonString();
        step.Error = outcome.Error;
        step.FinishedAt = now;
        // A repeating action whose series goes on is pending again, due at its next time.
        var series = step.ScheduledId is { } id
            ? await db.JourneyScheduledActions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.Status == JourneyActionStatus.Pending, cancellationToken)
            : null;
        JourneyEntries.Append(db, step.RunId, series is null
            ? ContextEntry.Taken(now, step.Action, outcome.Parameters, outcome.Output, outcome.Error, step.ScheduledId)
            : ContextEntry.TakenInSeries(now, step.Action, outcome.Parameters, outcome.Output, outcome.Error, series.Id, series.DueAt));
        notice.Raise(db, events, step, outcome, now);
        // A scheduled action that ran is news for the model; the actions of a decision were its own plan.
        var news = step.ScheduledId is not null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (step.ScheduledId is { } scheduledId)
        {
            await db.JourneyScheduledActions.Where(s => s.Id == scheduledId && s.Status == JourneyActionStatus.Running)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, JourneyActionStatus.Done), cancellationToken);
        }
        await JourneyEntries.TouchAsync(db, step.RunId, news, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
