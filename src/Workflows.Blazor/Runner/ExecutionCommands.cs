using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Live;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>What people do to an execution: cancel it, or retry it from the step that failed.</summary>
public sealed class ExecutionCommands(
    IDbContextFactory<AppDbContext> contexts, RunStateSerializer states, ExecutionDispatcher dispatcher, Inbox.ApprovalCommands approvals, ChangeNotifications notifications, TimeProvider time)
{
    public async Task CancelAsync(string executionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var execution = await db.Executions.FirstOrDefaultAsync(e => e.Id == executionId, cancellationToken)
            ?? throw AppException.NotFound("execution", executionId);
        // Only a running execution is the worker's to cancel: one that has just suspended can still be
        // in the worker's hands for a moment, and its wait must be cancelled here.
        if (execution.Status == ExecutionStatus.Running && dispatcher.TryCancelRunning(executionId))
        {
            return;
        }
        if (execution.Status is not (ExecutionStatus.Queued or ExecutionStatus.Waiting))
        {
            throw AppException.Conflict($"The execution is {execution.Status.ToString().ToLowerInvariant()}; only queued, running or waiting executions can be cancelled.");
        }
        var now = time.GetUtcNow();
        var state = states.DeserializeToRun(execution.StateJson);
        state.Status = ExecutionStatus.Cancelled;
        state.EndedAt = now;
        execution.StateJson = states.Serialize(state);
        execution.Status = ExecutionStatus.Cancelled;
        execution.EndedAt = now;
        execution.UpdatedAt = now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Timers.Where(t => t.ExecutionId == executionId && t.Status == TimerStatus.Pending)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TimerStatus.Cancelled), cancellationToken);
        await approvals.CancelForExecutionAsync(db, executionId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        approvals.Announce();
        notifications.Publish(new ExecutionChanged(executionId, execution.WorkflowId));
    }

    /// <summary>
    /// Runs a failed execution again from its failed step, with everything before it kept; <paramref name="changes"/>
    /// corrects its input or variables first (the step renders its templates again from them).
    /// </summary>
    public async Task RetryAsync(string executionId, RetryChanges? changes = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var execution = await db.Executions.FirstOrDefaultAsync(e => e.Id == executionId, cancellationToken)
            ?? throw AppException.NotFound("execution", executionId);
        if (execution.Status != ExecutionStatus.Failed)
        {
            throw AppException.Conflict($"The execution is {execution.Status.ToString().ToLowerInvariant()}; only failed executions can be retried.");
        }
        var state = states.DeserializeToRun(execution.StateJson);
        if (changes is not null)
        {
            if (changes.Input is not null)
            {
                state.SubjectId = execution.SubjectId = RunSubject.AfterCorrection(state.SubjectId, state.Input, changes.Input);
            }
            state.Correct(changes.Input, changes.Variables);
            execution.InputJson = RunnerJson.Text(states.Mask(state, state.Input));
        }
        state.Status = ExecutionStatus.Queued;
        state.Error = null;
        state.FailedStep = null;
        state.EndedAt = null;
        execution.StateJson = states.Serialize(state);
        execution.Status = ExecutionStatus.Queued;
        execution.Error = null;
        execution.FailedStep = null;
        execution.EndedAt = null;
        execution.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        notifications.Publish(new ExecutionChanged(executionId, execution.WorkflowId));
        dispatcher.Signal(executionId);
    }
}
