using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Live;
using Workflows.Blazor.Telemetry;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Commits the steps run since the last commit in one short transaction: the execution's new state, the steps'
/// records, and, when the run suspends, its timer (and, for an approval, the inbox item). Nothing of a step is on disk
/// until all of it is, and nothing is saved unless the run is still claimed by this instance. A run that goes on or
/// completes is updated without reading its row first; one that waits, fails or is cancelled is read, for the inbox item
/// and the failure event.
/// </summary>
public sealed class DbExecutionJournal(
    IDbContextFactory<AppDbContext> contexts, RunStateSerializer states, ApprovalCommands approvals, WorkflowMetrics metrics, IDomainEvents events,
    ChangeNotifications changes, TimerAlarm alarm, InstanceLeases leases, TimeProvider time) : IExecutionJournal
{
    /// <summary>The columns every commit writes; <see cref="ExecutionEntity.StepCount"/> too when it brings records.</summary>
    private static readonly string[] CommittedColumns =
    [
        nameof(ExecutionEntity.StateJson), nameof(ExecutionEntity.Status), nameof(ExecutionEntity.CurrentStep), nameof(ExecutionEntity.Error),
        nameof(ExecutionEntity.FailedStep), nameof(ExecutionEntity.EndedAt), nameof(ExecutionEntity.UpdatedAt), nameof(ExecutionEntity.ResumeJson),
    ];

    public async ValueTask CommitAsync(ExecutionState state, IReadOnlyList<StepRecord> records, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        await HoldClaimAsync(db, state.ExecutionId, now);
        var execution = state.Status is ExecutionStatus.Running or ExecutionStatus.Completed
            ? Unread(db, state)
            : await db.Executions.FirstAsync(e => e.Id == state.ExecutionId, CancellationToken.None);
        var failsNow = state.Status == ExecutionStatus.Failed && execution.Status != ExecutionStatus.Failed;
        execution.StateJson = states.Serialize(state);
        execution.Status = state.Status;
        execution.CurrentStep = state.CurrentStep;
        execution.Error = state.Error;
        execution.FailedStep = state.FailedStep;
        execution.EndedAt = state.EndedAt;
        execution.UpdatedAt = now;
        execution.ResumeJson = null;

        if (records.Count > 0)
        {
            execution.StepCount = records[^1].Sequence;
            db.Entry(execution).Property(e => e.StepCount).IsModified = true;
            AddSteps(db, records);
        }
        if (state.Status == ExecutionStatus.Waiting && state.Bookmark is { } bookmark)
        {
            db.Timers.Add(new TimerEntity
            {
                ExecutionId = state.ExecutionId,
                StepSlug = bookmark.StepSlug,
                Kind = bookmark.Kind,
                Status = TimerStatus.Pending,
                DueAt = bookmark.DueAt,
                DuePort = bookmark.DuePort,
                EventType = bookmark.EventType,
                SubjectId = state.SubjectId,
                CreatedAt = now,
            });
            if (bookmark.Kind == BookmarkKind.Approval)
            {
                var shown = bookmark with { Payload = (JsonObject?)states.Mask(state, bookmark.Payload) };
                approvals.OpenForStep(db, execution, state, shown, now);
            }
        }
        if (failsNow && ExecutionFailure.Raises(execution))
        {
            events.Add(db, DomainEventNames.ExecutionFailed, execution.SubjectId, await ExecutionFailure.DataAsync(db, execution, CancellationToken.None));
        }
        // Once a step has happened it is recorded, even if the run is being cancelled meanwhile.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        Measure(state, records, execution.WorkflowId);
        if (state.Status == ExecutionStatus.Waiting && state.Bookmark?.DueAt is { } dueAt)
        {
            alarm.Set(dueAt);
        }
        changes.Publish(new ExecutionChanged(execution.Id, execution.WorkflowId));
        if (state.Bookmark is { Kind: BookmarkKind.Approval } && state.Status == ExecutionStatus.Waiting)
        {
            approvals.Announce();
        }
    }

    /// <summary>
    /// Refuses the commit of an instance that lost the run: held up past its lease, it may find the run taken over by
    /// another instance. The conditional update also holds the run's row until the commit, so no instance can take the
    /// run over half-way through it.
    /// </summary>
    private async Task HoldClaimAsync(AppDbContext db, string executionId, DateTimeOffset now)
    {
        var held = await db.Executions
            .Where(e => e.Id == executionId && e.RunnerId == leases.InstanceId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.UpdatedAt, now), CancellationToken.None);
        if (held == 0)
        {
            throw new RunTakenOverException(executionId);
        }
    }

    /// <summary>
    /// The execution's row as an entity that was not read: attached as it stood, with the columns a commit writes marked
    /// changed, so saving it updates them (and only them) whatever the values set on it.
    /// </summary>
    private static ExecutionEntity Unread(AppDbContext db, ExecutionState state)
    {
        var execution = new ExecutionEntity { Id = state.ExecutionId, WorkflowId = state.WorkflowId, TriggerType = "", StateJson = "" };
        var entry = db.Executions.Attach(execution);
        foreach (var column in CommittedColumns)
        {
            entry.Property(column).IsModified = true;
        }
        return execution;
    }

    private void Measure(ExecutionState state, IReadOnlyList<StepRecord> records, string workflowId)
    {
        foreach (var record in records)
        {
            metrics.StepFinished(record.StepType, record.Duration);
        }
        if (state.Status == ExecutionStatus.Completed)
        {
            metrics.RunCompleted(workflowId);
        }
        else if (state.Status == ExecutionStatus.Failed)
        {
            metrics.RunFailed(workflowId);
        }
    }

    /// <summary>Adds the rows of step records to a unit of work: this journal's commits, and a run stored with the steps it ran at its start.</summary>
    internal static void AddSteps(AppDbContext db, IEnumerable<StepRecord> records) => db.ExecutionSteps.AddRange(records.Select(ToEntity));

    private static ExecutionStepEntity ToEntity(StepRecord record) => new()
    {
        ExecutionId = record.ExecutionId,
        Sequence = record.Sequence,
        StepSlug = record.StepSlug,
        StepType = record.StepType,
        LoopPath = record.LoopPath,
        Attempt = record.Attempt,
        Status = record.Status,
        InputJson = RunnerJson.Text(record.Input),
        OutputJson = RunnerJson.Text(record.Output),
        Port = record.Port,
        VariablesJson = RunnerJson.Text(record.Variables),
        Error = record.Error,
        StartedAt = record.StartedAt,
        DurationMs = record.Duration.TotalMilliseconds,
    };
}
