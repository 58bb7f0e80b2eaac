using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Runner;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Moves contacts through journeys: appends entries to a run's context log, has <see cref="JourneyDecisions"/> decide
/// after entries that bring news (input, added context, events, a scheduled action that ran), fires scheduled actions
/// as recorded steps, and reports workflows a journey started. Every change to a run raises its sequence number, and
/// whatever runs a run's actions holds the run's lease (<see cref="JourneyLeases"/>), so one run's changes never interleave.
/// </summary>
public sealed class JourneyRunner(
    IDbContextFactory<AppDbContext> contexts,
    JourneyDecisions decisions,
    JourneyLeases leases,
    JourneyStepRunner steps,
    ApprovalCommands approvals,
    JourneyDecisionSignal decisionSignal,
    JourneyNews journeyNews,
    TimeProvider time)
{
    /// <summary>Enrols a contact with its input and decides the first step; the contact must be a customer not already in the journey.</summary>
    public async Task<string> EnrolAsync(string journeyId, string contactId, JsonNode? input, CancellationToken cancellationToken = default)
    {
        string runId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var journey = await db.Journeys.AsNoTracking().FirstOrDefaultAsync(j => j.Id == journeyId, cancellationToken)
                ?? throw AppException.NotFound("journey", journeyId);
            var definition = await JourneyStore.VersionAsync(db, journeyId, journey.CurrentVersion, cancellationToken);
            if (definition.Mode == JourneyMode.Locked)
            {
                throw AppException.Invalid("This journey is locked: its contacts enter through the reviewed workflow made from the policy, not the model.");
            }
            if (!await db.Customers.AnyAsync(c => c.Id == contactId, cancellationToken))
            {
                throw AppException.NotFound("customer", contactId);
            }
            if (await db.JourneyRuns.AnyAsync(r => r.JourneyId == journeyId && r.ContactId == contactId && r.Status == JourneyRunStatus.Active, cancellationToken))
            {
                throw AppException.Conflict($"Customer {contactId} is already in this journey; add context to their run instead.");
            }
            runId = NewRun(db, journeyId, journey.CurrentVersion, definition, contactId, ContextEntry.Input(time.GetUtcNow(), input));
            await db.SaveChangesAsync(cancellationToken);
        }
        journeyNews.Changed(journeyId);
        await decisions.DecideAsync(runId, waitForOthers: true, cancellationToken);
        return runId;
    }

    /// <summary>The seed's <c>add_context</c>: appends to the contact's active run and decides again.</summary>
    public async Task<string> AddContextAsync(string journeyId, string contactId, JsonNode? context, CancellationToken cancellationToken = default)
    {
        string runId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            runId = await db.JourneyRuns.AsNoTracking()
                .Where(r => r.JourneyId == journeyId && r.ContactId == contactId && r.Status == JourneyRunStatus.Active)
                .Select(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken) ?? throw AppException.NotFound("active run of customer in journey", $"{contactId}@{journeyId}");
        }
        await AppendAsync(runId, ContextEntry.AddContext(time.GetUtcNow(), context), cancellationToken);
        await decisions.DecideAsync(runId, waitForOthers: true, cancellationToken);
        return runId;
    }

    /// <summary>
    /// Enrols contacts (those not already in the journey) without waiting for the model: their first decisions follow
    /// in the decision worker. Used for events and segments, where many may arrive at once. Returns how many were enrolled.
    /// </summary>
    public async Task<int> EnrolLaterAsync(string journeyId, IReadOnlyCollection<string> contactIds, JsonNode? input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var journey = await db.Journeys.AsNoTracking().FirstOrDefaultAsync(j => j.Id == journeyId, cancellationToken)
            ?? throw AppException.NotFound("journey", journeyId);
        var active = await db.JourneyRuns.AsNoTracking()
            .Where(r => r.JourneyId == journeyId && r.Status == JourneyRunStatus.Active && contactIds.Contains(r.ContactId))
            .Select(r => r.ContactId)
            .ToListAsync(cancellationToken);
        var definition = await JourneyStore.VersionAsync(db, journeyId, journey.CurrentVersion, cancellationToken);
        var now = time.GetUtcNow();
        var enrolled = contactIds.Except(active).ToList();
        foreach (var contactId in enrolled)
        {
            NewRun(db, journeyId, journey.CurrentVersion, definition, contactId, ContextEntry.Input(now, input));
        }
        await db.SaveChangesAsync(cancellationToken);
        journeyNews.Changed(journeyId);
        decisionSignal.Notify();
        return enrolled.Count;
    }

    /// <summary>Adds an entry that brings news (an event, a workflow's result) to a run; the decision worker takes it up.</summary>
    public async Task AppendAsync(string runId, ContextEntry entry, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        JourneyEntries.Append(db, runId, entry);
        await JourneyEntries.TouchAsync(db, runId, news: true, entry.At, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await journeyNews.RunChangedAsync(runId, cancellationToken);
        decisionSignal.Notify();
    }

    /// <summary>
    /// Runs nobody is working on that have news since their last decision, or steps a crash left unfinished, longest
    /// waiting first (the decision worker takes them).
    /// </summary>
    public async Task<IReadOnlyList<string>> DueRunsAsync(CancellationToken cancellationToken)
    {
        const int batch = 50;
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var free = db.JourneyRuns.AsNoTracking().Where(r => r.LeaseOwner == null || r.LeaseExpiresAt < now);
        var unfinished = await free.Where(r => JourneyStepRunner.RunsWithUnfinishedSteps(db).Contains(r.Id))
            .OrderBy(r => r.UpdatedAt).Select(r => r.Id).Take(batch).ToListAsync(cancellationToken);
        var due = await free.Where(r => r.DecisionDue && (r.DecidingUntil == null || r.DecidingUntil < now))
            .OrderBy(r => r.UpdatedAt).Select(r => r.Id).Take(batch).ToListAsync(cancellationToken);
        return [.. unfinished.Union(due).Take(batch)];
    }

    /// <summary>How many approved (or refused) actions <see cref="DecidedApprovalsAsync"/> gives at most.</summary>
    public const int DecidedApprovalsBatch = 50;

    /// <summary>Scheduled actions whose approval was decided, to run or drop now (<see cref="JourneyApprovalWorker"/> takes them).</summary>
    public async Task<IReadOnlyList<string>> DecidedApprovalsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JourneyScheduledActions.AsNoTracking()
            .Where(s => s.Status == JourneyActionStatus.AwaitingApproval && db.Approvals.Any(a => a.Id == s.ApprovalId && a.Status != ApprovalStatus.Pending))
            .OrderBy(s => s.DueAt)
            .Select(s => s.Id)
            .Take(DecidedApprovalsBatch)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Runs a scheduled action that is due (the tick calls this), or hands it to the inbox first when it needs approval.
    /// The action runs as a recorded step under the run's lease; a run someone else holds is left to the next pass.
    /// </summary>
    public Task FireAsync(string scheduledId, CancellationToken cancellationToken) => FireAsync(scheduledId, waitForLease: false, cancellationToken);

    /// <summary>Runs or drops a scheduled action whose approval was decided (the approval worker calls this), waiting for the run's lease if need be.</summary>
    public Task FireDecidedAsync(string scheduledId, CancellationToken cancellationToken) => FireAsync(scheduledId, waitForLease: true, cancellationToken);

    private async Task FireAsync(string scheduledId, bool waitForLease, CancellationToken cancellationToken)
    {
        string runId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            runId = await db.JourneyScheduledActions.AsNoTracking().Where(s => s.Id == scheduledId).Select(s => s.RunId).FirstAsync(cancellationToken);
        }
        await using var lease = waitForLease ? await leases.TakeAsync(runId, cancellationToken) : await leases.TryTakeAsync(runId, cancellationToken);
        if (lease is not null && await PlanFiringAsync(scheduledId, cancellationToken))
        {
            await steps.RunAsync(lease, cancellationToken);
        }
    }

    /// <summary>Settles a scheduled action that came due; true when it became a step to run.</summary>
    private async Task<bool> PlanFiringAsync(string scheduledId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.JourneyScheduledActions.FirstAsync(s => s.Id == scheduledId, cancellationToken);
        if (row.Status is not (JourneyActionStatus.Pending or JourneyActionStatus.AwaitingApproval))
        {
            return false;
        }
        var run = await db.JourneyRuns.AsNoTracking().FirstAsync(r => r.Id == row.RunId, cancellationToken);
        var definition = await JourneyStore.VersionAsync(db, run.JourneyId, run.Version, cancellationToken);
        var now = time.GetUtcNow();
        var approval = row.ApprovalId is { } approvalId
            ? await db.Approvals.AsNoTracking().Where(a => a.Id == approvalId).Select(a => (ApprovalStatus?)a.Status).FirstAsync(cancellationToken)
            : null;
        if (approval is null && definition.Find(row.Action)?.Guardrails.NeedsApproval == true)
        {
            await RequestApprovalAsync(db, run, definition, row, cancellationToken);
            return false;
        }
        row.FiredAt = now;
        var refused = approval is { } decided && decided != ApprovalStatus.Approved;
        var runs = !refused && run.Status == JourneyRunStatus.Active;
        if (refused)
        {
            row.Status = JourneyActionStatus.Cancelled;
            JourneyEntries.Append(db, run.Id, ContextEntry.NotApproved(now, scheduledId, row.Action, StatusNames.Of(approval!.Value)));
        }
        else if (run.Status != JourneyRunStatus.Active)
        {
            row.Status = JourneyActionStatus.Cancelled;
            JourneyEntries.Append(db, run.Id, ContextEntry.Cancelled(now, scheduledId, row.Action, "The journey had finished."));
        }
        else
        {
            var key = FiringKey(row);
            row.TimesFired++;
            row.Status = JourneyActionStatus.Running;
            if (row.Repeat?.Next(row.DueAt, row.TimesFired) is { } next)
            {
                // The series goes on: the row waits for its next time (asking a reviewer again if the action needs it).
                // Times missed while the app was down are not made up one after another; the series takes up again now.
                var at = next < now ? now : next;
                row.DueAt = definition.Find(row.Action)?.Guardrails.QuietHours?.NextAllowed(at) ?? at;
                row.Status = JourneyActionStatus.Pending;
                row.ApprovalId = null;
            }
            db.JourneyActionSteps.Add(new JourneyActionStepEntity
            {
                RunId = run.Id,
                IdempotencyKey = key,
                ScheduledId = scheduledId,
                Action = row.Action,
                ParametersJson = row.ParametersJson,
                Status = JourneyActionStatus.Pending,
                CreatedAt = now,
            });
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await JourneyEntries.TouchAsync(db, run.Id, news: !runs, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        journeyNews.Changed(run.JourneyId);
        if (!runs)
        {
            decisionSignal.Notify();
        }
        return runs;
    }

    /// <summary>A workflow the journey started has ended: how it ended and what it left go into the contact's log, for the next decision.</summary>
    public async Task ReportWorkflowAsync(string executionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var call = await db.JourneyWorkflowCalls.FirstAsync(c => c.ExecutionId == executionId, cancellationToken);
        // Held by another, the report waits for the next pass.
        await using var lease = await leases.TryTakeAsync(call.RunId, cancellationToken);
        if (lease is null)
        {
            return;
        }
        await db.Entry(call).ReloadAsync(cancellationToken);
        if (call.ReportedAt is not null)
        {
            return;
        }
        var execution = await db.Executions.AsNoTracking().FirstAsync(e => e.Id == executionId, cancellationToken);
        var lastOutput = await db.ExecutionSteps.AsNoTracking()
            .Where(s => s.ExecutionId == executionId && s.OutputJson != null)
            .OrderByDescending(s => s.Sequence)
            .Select(s => s.OutputJson)
            .FirstOrDefaultAsync(cancellationToken);
        var result = new JsonObject
        {
            ["output"] = RunnerJson.Node(lastOutput),
            ["variables"] = RunnerJson.DeserializeState(execution.StateJson).Variables.DeepClone(),
        };
        var now = time.GetUtcNow();
        JourneyEntries.Append(db, call.RunId, ContextEntry.WorkflowEnded(now, call.Action, executionId, execution.Status.ToString().ToLowerInvariant(), result, execution.Error));
        call.ReportedAt = now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await JourneyEntries.TouchAsync(db, call.RunId, news: true, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await journeyNews.RunChangedAsync(call.RunId, cancellationToken);
        decisionSignal.Notify();
    }

    /// <summary>The decision worker's part: finishes what a crash left unfinished, and decides if the run has news, unless another is on it.</summary>
    /// <returns>False when the model could not be asked (none configured, or unreachable): the decision stays due, to be tried again.</returns>
    public Task<bool> DecideAsync(string runId, CancellationToken cancellationToken) => decisions.DecideAsync(runId, waitForOthers: false, cancellationToken);

    /// <summary>Puts the action in the inbox; asked again after a crash, the inbox gives the same item (its key is the action's).</summary>
    private async Task RequestApprovalAsync(
        AppDbContext db, JourneyRunEntity run, JourneyDefinition definition, JourneyScheduledActionEntity scheduled, CancellationToken cancellationToken)
    {
        var approval = await approvals.CreateAsync(new NewApproval($"{definition.Name}: {scheduled.Action} for customer {run.ContactId}", "journey")
        {
            Description = scheduled.Reason,
            DataJson = new JsonObject
            {
                ["journey"] = definition.Name,
                ["contactId"] = run.ContactId,
                ["action"] = scheduled.Action,
                ["parameters"] = JsonNode.Parse(scheduled.ParametersJson),
            }.ToJsonString(),
            IdempotencyKey = $"{FiringKey(scheduled)}/approval",
        }, cancellationToken);
        await db.JourneyScheduledActions.Where(s => s.Id == scheduled.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, JourneyActionStatus.AwaitingApproval).SetProperty(s => s.ApprovalId, approval.Id), cancellationToken);
        journeyNews.Changed(run.JourneyId);
    }

    /// <summary>The key of the scheduled action's next firing: each time of a repeating one has its own.</summary>
    private static string FiringKey(JourneyScheduledActionEntity scheduled) =>
        scheduled.RepeatEvery is null ? $"journey/{scheduled.Id}" : $"journey/{scheduled.Id}/{scheduled.TimesFired + 1}";

    /// <summary>A held-out contact's run is on record like any other, but no decision is ever due for it.</summary>
    private string NewRun(AppDbContext db, string journeyId, int version, JourneyDefinition definition, string contactId, ContextEntry first)
    {
        var now = time.GetUtcNow();
        var heldOut = JourneyHoldout.HoldsOut(journeyId, contactId, definition.HoldoutPercent);
        var run = new JourneyRunEntity
        {
            Id = Ids.Short("jrun"),
            JourneyId = journeyId,
            Version = version,
            ContactId = contactId,
            Status = JourneyRunStatus.Active,
            HeldOut = heldOut,
            DecisionDue = !heldOut,
            EnrolledAt = now,
            UpdatedAt = now,
        };
        db.JourneyRuns.Add(run);
        JourneyEntries.Append(db, run.Id, first);
        return run.Id;
    }
}
