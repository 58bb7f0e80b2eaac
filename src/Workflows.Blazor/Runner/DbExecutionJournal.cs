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
/// Commits each step in one short SQLite transaction: the execution's new state, the step's record,
/// and, when the run suspends, its timer (and, for an approval, the inbox item). Nothing of a step is on disk until all of it is.
/// </summary>
public sealed class DbExecutionJournal(
    IDbContextFactory<AppDbContext> contexts, RunStateSerializer states, ApprovalCommands approvals, WorkflowMetrics metrics, IDomainEvents events,
    ChangeNotifications changes, TimerAlarm alarm, TimeProvider time) : IExecutionJournal
{
    public async ValueTask CommitAsync(ExecutionState state, StepRecord? record, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var execution = await db.Executions.FirstAsync(e => e.Id == state.ExecutionId, CancellationToken.None);
        var now = time.GetUtcNow();
        var failsNow = state.Status == ExecutionStatus.Failed && execution.Status != ExecutionStatus.Failed;
        execution.StateJson = states.Serialize(state);
        execution.Status = state.Status;
        execution.CurrentStep = state.CurrentStep;
        execution.Error = state.Error;
        execution.FailedStep = state.FailedStep;
        execution.EndedAt = state.EndedAt;
        execution.UpdatedAt = now;
        execution.ResumeJson = null;

        if (record is not null)
        {
            execution.StepCount = record.Sequence;
            db.ExecutionSteps.Add(ToEntity(record));
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
        Measure(state, record, execution.WorkflowId);
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

    private void Measure(ExecutionState state, StepRecord? record, string workflowId)
    {
        if (record is not null)
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
