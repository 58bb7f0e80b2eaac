using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Telemetry;
using Workflows.Engine.Journeys;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Takes a run's next decision. The model is asked with no lock held; then, under the run's lease, the decision
/// commits only if the log is as the model saw it (else it is asked again with the news). The commit records what
/// is scheduled, what is cancelled and each action to run now as a pending step with its own key; only then do the
/// steps run, so a crash after the commit runs them later rather than deciding (and sending) again.
/// </summary>
public sealed class JourneyDecisions(
    IDbContextFactory<AppDbContext> contexts,
    JourneyDecider decider,
    JourneyLeases leases,
    JourneyStepRunner steps,
    ActionCatalog catalog,
    ApprovalCommands approvals,
    WorkflowMetrics metrics,
    JourneyNews journeyNews,
    TimeProvider time)
{
    private readonly DecisionValidator _validator = new(WorkflowCall.Including(catalog.FindDeclaration));

    /// <summary>
    /// Finishes what earlier decisions left unfinished, then decides if the run has news. <paramref name="waitForOthers"/>:
    /// wait for another worker on the same run (a caller that shows the result), rather than leave the run to it.
    /// </summary>
    /// <returns>False when the model could not be asked (none configured, or unreachable): the decision stays due, to be tried again.</returns>
    public async Task<bool> DecideAsync(string runId, bool waitForOthers, CancellationToken cancellationToken)
    {
        if (!await FinishStepsAsync(runId, waitForOthers, cancellationToken))
        {
            return true;
        }
        var claimed = waitForOthers
            ? await leases.AwaitDecisionClaimAsync(runId, cancellationToken)
            : await leases.ClaimDecisionAsync(runId, cancellationToken) == DecisionClaim.Claimed;
        if (!claimed)
        {
            return true;
        }
        try
        {
            while (await BasisAsync(runId, cancellationToken) is { } basis)
            {
                var answer = basis.IsActive ? await decider.DecideAsync(basis.Definition, basis.Contact, basis.Log, basis.At, cancellationToken) : null;
                await using var lease = await leases.TakeAsync(runId, cancellationToken);
                if (await CommitAsync(basis, answer, cancellationToken) is { } committed)
                {
                    await steps.RunAsync(lease, cancellationToken);
                    return committed;
                }
                // News came while the model thought: ask again on the log as it is now.
                await leases.RenewDecisionClaimAsync(runId, cancellationToken);
            }
            return true;
        }
        finally
        {
            await leases.ReleaseDecisionClaimAsync(runId);
        }
    }

    /// <summary>Runs the steps a crash (or another worker) left unfinished; false when another holds the run and the caller should not wait.</summary>
    private async Task<bool> FinishStepsAsync(string runId, bool wait, CancellationToken cancellationToken)
    {
        await using var lease = wait ? await leases.TakeAsync(runId, cancellationToken) : await leases.TryTakeAsync(runId, cancellationToken);
        if (lease is null)
        {
            return false;
        }
        await steps.RunAsync(lease, cancellationToken);
        return true;
    }

    /// <summary>The run as the model will see it, or null when its decision is no longer due.</summary>
    private async Task<DecisionBasis?> BasisAsync(string runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.JourneyRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is not { DecisionDue: true })
        {
            return null;
        }
        return new DecisionBasis(
            run.Id, run.ContactId, run.Status == JourneyRunStatus.Active, run.Sequence,
            await JourneyStore.VersionAsync(db, run.JourneyId, run.Version, cancellationToken),
            await JourneyEntries.LoadAsync(db, run.Id, cancellationToken),
            await JourneyContacts.ContactAsync(db, run.ContactId, cancellationToken),
            time.GetUtcNow());
    }

    /// <summary>Commits the decision if the log did not change since <paramref name="basis"/>; null when it did.</summary>
    private async Task<bool?> CommitAsync(DecisionBasis basis, DeciderAnswer? answer, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.JourneyRuns.FirstAsync(r => r.Id == basis.RunId, cancellationToken);
        if (run.Sequence != basis.Sequence)
        {
            return null;
        }
        run.Sequence++;
        run.DecisionDue = false;
        var asked = true;
        List<string> approvalsToCancel = [];
        if (answer is not null)
        {
            run.UpdatedAt = basis.At;
            asked = await RecordAsync(db, run, basis, answer, approvalsToCancel, cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
        journeyNews.Changed(run.JourneyId);
        foreach (var approvalId in approvalsToCancel)
        {
            await approvals.CancelAsync(approvalId, cancellationToken);
        }
        return asked;
    }

    private async Task<bool> RecordAsync(
        AppDbContext db, JourneyRunEntity run, DecisionBasis basis, DeciderAnswer answer, List<string> approvalsToCancel, CancellationToken cancellationToken)
    {
        var now = basis.At;
        metrics.JourneyDecided(run.JourneyId, answer.Decision is not null ? "decided" : answer.ProviderFailed ? "model_unavailable" : "refused");
        if (answer.Decision is not { } decision)
        {
            // A model that cannot be reached is asked again later, so the contact's news is not lost; the timeline says so once.
            run.DecisionDue = answer.ProviderFailed;
            if (!answer.ProviderFailed || basis.Log.Entries.LastOrDefault()?.Kind != ContextEntryKinds.DecisionRefused)
            {
                var problem = answer.ProviderFailed ? $"{answer.Problem} The decision waits and is taken once the model answers." : answer.Problem!;
                JourneyEntries.Append(db, run.Id, ContextEntry.Refused(now, [new Refusal("decision", problem)]));
            }
            return !answer.ProviderFailed;
        }
        var decisionId = Ids.Short("dec");
        var decided = ContextEntry.Decided(now, decision);
        decided.Data["model"] = answer.Model;
        decided.Data["decisionId"] = decisionId;
        JourneyEntries.Append(db, run.Id, decided);

        var accepted = _validator.Validate(basis.Definition, basis.Log, decision, now);
        if (accepted.Refusals.Count > 0)
        {
            JourneyEntries.Append(db, run.Id, ContextEntry.Refused(now, accepted.Refusals));
        }
        approvalsToCancel.AddRange(await CancelAsync(db, run, accepted.Cancel, now, cancellationToken));
        foreach (var planned in accepted.Schedule)
        {
            Schedule(db, run, planned, now);
        }
        var index = 0;
        foreach (var action in accepted.RunNow)
        {
            if (basis.Definition.Find(action.Action)!.Guardrails.NeedsApproval)
            {
                Schedule(db, run, PlannedAction.AwaitingApproval(action, now), now);
                continue;
            }
            db.JourneyActionSteps.Add(new JourneyActionStepEntity
            {
                RunId = run.Id,
                IdempotencyKey = $"journey/{decisionId}/{index++}",
                DecisionId = decisionId,
                Action = action.Action,
                ParametersJson = action.Parameters.ToJsonString(),
                Status = JourneyActionStatus.Pending,
                CreatedAt = now,
            });
        }
        if (accepted.Finish)
        {
            run.Status = JourneyRunStatus.Finished;
            run.FinishedAt = now;
            JourneyEntries.Append(db, run.Id, ContextEntry.Ended(now, decision.Reasoning));
        }
        return true;
    }

    /// <summary>Cancels the scheduled actions the decision drops; returns the inbox items they waited on, to close once the decision committed.</summary>
    private static async Task<IReadOnlyList<string>> CancelAsync(
        AppDbContext db, JourneyRunEntity run, IReadOnlyList<Cancellation> cancellations, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = cancellations.Select(c => c.ScheduledId).ToList();
        var rows = await db.JourneyScheduledActions
            .Where(s => s.RunId == run.Id && ids.Contains(s.Id) && (s.Status == JourneyActionStatus.Pending || s.Status == JourneyActionStatus.AwaitingApproval))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Status = JourneyActionStatus.Cancelled;
            JourneyEntries.Append(db, run.Id, ContextEntry.Cancelled(now, row.Id, row.Action, cancellations.First(c => c.ScheduledId == row.Id).Reason ?? ""));
        }
        return [.. rows.Select(r => r.ApprovalId).OfType<string>()];
    }

    private static void Schedule(AppDbContext db, JourneyRunEntity run, PlannedAction planned, DateTimeOffset now)
    {
        var id = Ids.Short("sch");
        db.JourneyScheduledActions.Add(new JourneyScheduledActionEntity
        {
            Id = id,
            RunId = run.Id,
            Action = planned.Action,
            ParametersJson = planned.Parameters.ToJsonString(),
            DueAt = planned.DueAt,
            Reason = planned.Reason,
            Status = JourneyActionStatus.Pending,
            CreatedAt = now,
            RepeatEvery = planned.Repeat?.Every,
            RepeatUntil = planned.Repeat?.Until,
            RepeatTimes = planned.Repeat?.Times,
        });
        JourneyEntries.Append(db, run.Id, ContextEntry.Scheduled(now, id, planned));
    }
}
