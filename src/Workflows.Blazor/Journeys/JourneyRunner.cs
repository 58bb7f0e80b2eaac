using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Store;
using Workflows.Blazor.Telemetry;
using Workflows.Engine.Journeys;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Moves contacts through journeys: appends entries to a run's context log, asks the model for a decision after
/// entries that bring news (input, added context, events, a scheduled action that ran), checks the decision against the
/// guardrails, runs what may run now through the workflow action handlers, stores what is scheduled, cancels what is
/// dropped, and records every step (refusals included) in the log. One run's changes never interleave.
/// </summary>
public sealed class JourneyRunner(
    IDbContextFactory<AppDbContext> contexts,
    JourneyDecider decider,
    JourneyActionExecutor actions,
    ActionCatalog catalog,
    ApprovalCommands approvals,
    JourneyDecisionSignal decisionSignal,
    WorkflowMetrics metrics,
    TimeProvider time)
{
    private static readonly SemaphoreSlim[] RunLocks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    private readonly DecisionValidator _validator = new(WorkflowCall.Including(catalog.FindDeclaration));

    /// <summary>Enrols a contact with its input and decides the first step; the contact must be a customer not already in the journey.</summary>
    public async Task<string> EnrolAsync(string journeyId, string contactId, JsonNode? input, CancellationToken cancellationToken = default)
    {
        string runId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var journey = await db.Journeys.AsNoTracking().FirstOrDefaultAsync(j => j.Id == journeyId, cancellationToken)
                ?? throw StoreException.NotFound("journey", journeyId);
            var definition = await JourneyStore.VersionAsync(db, journeyId, journey.CurrentVersion, cancellationToken);
            if (definition.Mode == JourneyMode.Locked)
            {
                throw StoreException.Invalid("This journey is locked: its contacts enter through the reviewed workflow made from the policy, not the model.");
            }
            if (!await db.Customers.AnyAsync(c => c.Id == contactId, cancellationToken))
            {
                throw StoreException.NotFound("customer", contactId);
            }
            if (await db.JourneyRuns.AnyAsync(r => r.JourneyId == journeyId && r.ContactId == contactId && r.Status == JourneyStatuses.Active, cancellationToken))
            {
                throw StoreException.Conflict($"Customer {contactId} is already in this journey; add context to their run instead.");
            }
            runId = NewRun(db, journeyId, journey.CurrentVersion, contactId, ContextEntry.Input(time.GetUtcNow(), input));
            await db.SaveChangesAsync(cancellationToken);
        }
        await DecideAsync(runId, cancellationToken);
        return runId;
    }

    /// <summary>The seed's <c>add_context</c>: appends to the contact's active run and decides again.</summary>
    public async Task<string> AddContextAsync(string journeyId, string contactId, JsonNode? context, CancellationToken cancellationToken = default)
    {
        string runId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            runId = await db.JourneyRuns.AsNoTracking()
                .Where(r => r.JourneyId == journeyId && r.ContactId == contactId && r.Status == JourneyStatuses.Active)
                .Select(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken) ?? throw StoreException.NotFound("active run of customer in journey", $"{contactId}@{journeyId}");
        }
        await AppendAsync(runId, ContextEntry.AddContext(time.GetUtcNow(), context), cancellationToken);
        await DecideAsync(runId, cancellationToken);
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
            ?? throw StoreException.NotFound("journey", journeyId);
        var active = await db.JourneyRuns.AsNoTracking()
            .Where(r => r.JourneyId == journeyId && r.Status == JourneyStatuses.Active && contactIds.Contains(r.ContactId))
            .Select(r => r.ContactId)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var enrolled = contactIds.Except(active).ToList();
        foreach (var contactId in enrolled)
        {
            NewRun(db, journeyId, journey.CurrentVersion, contactId, ContextEntry.Input(now, input));
        }
        await db.SaveChangesAsync(cancellationToken);
        decisionSignal.Notify();
        return enrolled.Count;
    }

    /// <summary>Adds an entry that brings news (an event, a workflow's result) to a run; the decision worker takes it up.</summary>
    public async Task AppendAsync(string runId, ContextEntry entry, CancellationToken cancellationToken)
    {
        var gate = GateFor(runId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            JourneyEntries.Append(db, runId, entry);
            await db.JourneyRuns.Where(r => r.Id == runId)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.DecisionDue, r => r.Status == JourneyStatuses.Active).SetProperty(r => r.UpdatedAt, entry.At), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            decisionSignal.Notify();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs with news since their last decision, longest waiting first (the decision worker takes them).</summary>
    public async Task<IReadOnlyList<string>> DueRunsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JourneyRuns.AsNoTracking().Where(r => r.DecisionDue).OrderBy(r => r.UpdatedAt).Select(r => r.Id).Take(50).ToListAsync(cancellationToken);
    }

    /// <summary>How many approved (or refused) actions <see cref="DecidedApprovalsAsync"/> gives at most.</summary>
    public const int DecidedApprovalsBatch = 50;

    /// <summary>Scheduled actions whose approval was decided, to run or drop now (<see cref="JourneyApprovalWorker"/> takes them).</summary>
    public async Task<IReadOnlyList<string>> DecidedApprovalsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JourneyScheduledActions.AsNoTracking()
            .Where(s => s.Status == JourneyStatuses.AwaitingApproval && db.Approvals.Any(a => a.Id == s.ApprovalId && a.Status != ApprovalStatus.Pending))
            .OrderBy(s => s.DueAt)
            .Select(s => s.Id)
            .Take(DecidedApprovalsBatch)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Runs a scheduled action that is due (the tick calls this), or hands it to the inbox first when it needs approval;
    /// once that approval is decided, runs or drops it (the approval worker calls this).
    /// </summary>
    public async Task FireAsync(string scheduledId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var scheduled = await db.JourneyScheduledActions.AsNoTracking().FirstAsync(s => s.Id == scheduledId, cancellationToken);
        var gate = GateFor(scheduled.RunId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var claimed = await db.JourneyScheduledActions
                .Where(s => s.Id == scheduledId && s.Status == scheduled.Status && (s.Status == JourneyStatuses.Pending || s.Status == JourneyStatuses.AwaitingApproval))
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, JourneyStatuses.Running), cancellationToken);
            if (claimed == 0)
            {
                return;
            }
            var run = await db.JourneyRuns.FirstAsync(r => r.Id == scheduled.RunId, cancellationToken);
            var definition = await JourneyStore.VersionAsync(db, run.JourneyId, run.Version, cancellationToken);
            var now = time.GetUtcNow();
            var approval = scheduled.ApprovalId is { } approvalId
                ? await db.Approvals.AsNoTracking().Where(a => a.Id == approvalId).Select(a => (ApprovalStatus?)a.Status).FirstAsync(cancellationToken)
                : null;
            if (approval is null && definition.Find(scheduled.Action)?.Guardrails.NeedsApproval == true)
            {
                await RequestApprovalAsync(db, run, definition, scheduled, now, cancellationToken);
                return;
            }
            var row = await db.JourneyScheduledActions.FirstAsync(s => s.Id == scheduledId, cancellationToken);
            row.FiredAt = now;
            if (approval is { } status && status != ApprovalStatus.Approved)
            {
                row.Status = JourneyStatuses.Cancelled;
                JourneyEntries.Append(db, run.Id, ContextEntry.NotApproved(now, scheduledId, row.Action, ApprovalStatusText.Of(status)));
            }
            else if (run.Status != JourneyStatuses.Active)
            {
                row.Status = JourneyStatuses.Cancelled;
                JourneyEntries.Append(db, run.Id, ContextEntry.Cancelled(now, scheduledId, row.Action, "The journey had finished."));
            }
            else
            {
                var parameters = JsonNode.Parse(row.ParametersJson) as JsonObject ?? [];
                var outcome = await actions.RunAsync(new JourneyActionRequest(run.Id, $"journey/{scheduledId}", row.Action, parameters, run.ContactId,
                    await ActionInputAsync(db, run.ContactId, definition, cancellationToken)), cancellationToken);
                row.Status = JourneyStatuses.Done;
                JourneyEntries.Append(db, run.Id, ContextEntry.Taken(time.GetUtcNow(), row.Action, outcome.Parameters, outcome.Output, outcome.Error, scheduledId));
            }
            run.DecisionDue = run.Status == JourneyStatuses.Active;
            run.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            decisionSignal.Notify();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A workflow the journey started has ended: how it ended and what it left go into the contact's log, for the next decision.</summary>
    public async Task ReportWorkflowAsync(string executionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var call = await db.JourneyWorkflowCalls.FirstAsync(c => c.ExecutionId == executionId, cancellationToken);
        var gate = GateFor(call.RunId);
        await gate.WaitAsync(cancellationToken);
        try
        {
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
            var run = await db.JourneyRuns.FirstAsync(r => r.Id == call.RunId, cancellationToken);
            run.DecisionDue = run.Status == JourneyStatuses.Active;
            run.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            decisionSignal.Notify();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Asks the model for the run's next step if it has news, and carries out what the guardrails allow.</summary>
    /// <returns>False when the model could not be asked (none configured, or unreachable): the decision stays due, to be tried again.</returns>
    public async Task<bool> DecideAsync(string runId, CancellationToken cancellationToken)
    {
        var gate = GateFor(runId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var run = await db.JourneyRuns.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
            if (run is not { DecisionDue: true })
            {
                return true;
            }
            run.DecisionDue = false;
            var asked = run.Status != JourneyStatuses.Active || await DecideForAsync(db, run, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return asked;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<bool> DecideForAsync(AppDbContext db, JourneyRunEntity run, CancellationToken cancellationToken)
    {
        var definition = await JourneyStore.VersionAsync(db, run.JourneyId, run.Version, cancellationToken);
        var log = await JourneyEntries.LoadAsync(db, run.Id, cancellationToken);
        var contact = await ContactAsync(db, run.ContactId, cancellationToken);
        var now = time.GetUtcNow();
        var answer = await decider.DecideAsync(definition, contact, log, now, cancellationToken);
        run.UpdatedAt = now;
        metrics.JourneyDecided(run.JourneyId, answer.Decision is not null ? "decided" : answer.ProviderFailed ? "model_unavailable" : "refused");
        if (answer.Decision is not { } decision)
        {
            // A model that cannot be reached is asked again later, so the contact's news is not lost; the timeline says so once.
            run.DecisionDue = answer.ProviderFailed;
            if (!answer.ProviderFailed || log.Entries.LastOrDefault()?.Kind != ContextEntryKinds.DecisionRefused)
            {
                var problem = answer.ProviderFailed ? $"{answer.Problem} The decision waits and is taken once the model answers." : answer.Problem!;
                JourneyEntries.Append(db, run.Id, ContextEntry.Refused(now, [new Refusal("decision", problem)]));
            }
            return !answer.ProviderFailed;
        }
        var decided = ContextEntry.Decided(now, decision);
        decided.Data["model"] = answer.Model;
        JourneyEntries.Append(db, run.Id, decided);

        var accepted = _validator.Validate(definition, log, decision, now);
        if (accepted.Refusals.Count > 0)
        {
            JourneyEntries.Append(db, run.Id, ContextEntry.Refused(now, accepted.Refusals));
        }
        await CancelAsync(db, run, accepted.Cancel, now, cancellationToken);
        foreach (var planned in accepted.Schedule)
        {
            Schedule(db, run, planned);
        }
        foreach (var action in accepted.RunNow)
        {
            if (definition.Find(action.Action)!.Guardrails.NeedsApproval)
            {
                Schedule(db, run, PlannedAction.AwaitingApproval(action, now));
                continue;
            }
            var outcome = await actions.RunAsync(new JourneyActionRequest(run.Id, $"journey/{run.Id}/{Ids.New()}", action.Action, action.Parameters, run.ContactId,
                await ActionInputAsync(db, run.ContactId, definition, cancellationToken)), cancellationToken);
            JourneyEntries.Append(db, run.Id, ContextEntry.Taken(time.GetUtcNow(), action.Action, outcome.Parameters, outcome.Output, outcome.Error));
        }
        if (accepted.Finish)
        {
            run.Status = JourneyStatuses.Finished;
            run.FinishedAt = now;
            JourneyEntries.Append(db, run.Id, ContextEntry.Ended(now, decision.Reasoning));
        }
        return true;
    }

    private async Task CancelAsync(AppDbContext db, JourneyRunEntity run, IReadOnlyList<Cancellation> cancellations, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = cancellations.Select(c => c.ScheduledId).ToList();
        var rows = await db.JourneyScheduledActions
            .Where(s => s.RunId == run.Id && ids.Contains(s.Id) && (s.Status == JourneyStatuses.Pending || s.Status == JourneyStatuses.AwaitingApproval))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            row.Status = JourneyStatuses.Cancelled;
            JourneyEntries.Append(db, run.Id, ContextEntry.Cancelled(now, row.Id, row.Action, cancellations.First(c => c.ScheduledId == row.Id).Reason ?? ""));
            if (row.ApprovalId is { } approvalId)
            {
                await approvals.CancelAsync(approvalId, cancellationToken);
            }
        }
    }

    private void Schedule(AppDbContext db, JourneyRunEntity run, PlannedAction planned)
    {
        var now = time.GetUtcNow();
        var id = Ids.Short("sch");
        db.JourneyScheduledActions.Add(new JourneyScheduledActionEntity
        {
            Id = id,
            RunId = run.Id,
            Action = planned.Action,
            ParametersJson = planned.Parameters.ToJsonString(),
            DueAt = planned.DueAt,
            Reason = planned.Reason,
            Status = JourneyStatuses.Pending,
            CreatedAt = now,
        });
        JourneyEntries.Append(db, run.Id, ContextEntry.Scheduled(now, id, planned.Action, planned.Parameters, planned.DueAt, planned.Reason));
    }

    private async Task RequestApprovalAsync(
        AppDbContext db, JourneyRunEntity run, JourneyDefinition definition, JourneyScheduledActionEntity scheduled, DateTimeOffset now, CancellationToken cancellationToken)
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
        }, cancellationToken);
        await db.JourneyScheduledActions.Where(s => s.Id == scheduled.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, JourneyStatuses.AwaitingApproval).SetProperty(s => s.ApprovalId, approval.Id), cancellationToken);
    }

    private string NewRun(AppDbContext db, string journeyId, int version, string contactId, ContextEntry first)
    {
        var now = time.GetUtcNow();
        var run = new JourneyRunEntity
        {
            Id = Ids.Short("jrun"),
            JourneyId = journeyId,
            Version = version,
            ContactId = contactId,
            Status = JourneyStatuses.Active,
            DecisionDue = true,
            EnrolledAt = now,
            UpdatedAt = now,
        };
        db.JourneyRuns.Add(run);
        JourneyEntries.Append(db, run.Id, first);
        return run.Id;
    }

    private static SemaphoreSlim GateFor(string runId) => RunLocks[(uint)runId.GetHashCode() % RunLocks.Length];

    private static async Task<JsonObject?> ContactAsync(AppDbContext db, string contactId, CancellationToken cancellationToken) =>
        await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken) is { } customer ? CustomerJson.ToJson(customer) : null;

    private static async Task<JsonObject> ActionInputAsync(AppDbContext db, string contactId, JourneyDefinition definition, CancellationToken cancellationToken) => new()
    {
        ["contact"] = await ContactAsync(db, contactId, cancellationToken),
        ["context"] = definition.StartingContext.DeepClone(),
    };
}
