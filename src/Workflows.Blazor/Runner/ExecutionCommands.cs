using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Live;
using Workflows.Blazor.Security;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>
/// What people do to an execution: cancel it, or retry it from the step that failed, each recorded in the audit log
/// under the run's name in the change's own transaction. <see cref="ExecutionActions"/> does the same to many runs.
/// </summary>
public sealed class ExecutionCommands(
    IDbContextFactory<AppDbContext> contexts, RunStateSerializer states, ExecutionDispatcher dispatcher, Inbox.ApprovalCommands approvals,
    AuditLog audit, ChangeNotifications notifications, InstanceLeases leases, TimeProvider time)
{
    public async Task CancelAsync(string executionId, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var execution = await db.Executions.FirstOrDefaultAsync(e => e.Id == executionId, cancellationToken)
            ?? throw AppException.NotFound("execution", executionId);
        // Only a running execution is the worker's to cancel: one that has just suspended can still be
        // in the worker's hands for a moment, and its wait must be cancelled here.
        if (execution.Status == ExecutionStatus.Running
            && (dispatcher.TryCancelRunning(executionId) || await AskItsRunnerToCancelAsync(db, execution, cancellationToken)))
        {
            // The worker ends the run; this records who asked.
            audit.Add(db, actor, AuditActions.ExecutionCancelled, await RunTargets.OfAsync(db, execution, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
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
        audit.Add(db, actor, AuditActions.ExecutionCancelled, await RunTargets.OfAsync(db, execution, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        approvals.Announce();
        notifications.Publish(new ExecutionChanged(executionId, execution.WorkflowId));
    }

    /// <summary>
    /// Where instances share the database, a running run not run here is another instance's: the request goes on its row,
    /// where that instance's worker finds it (<see cref="RemoteCancels"/>), and as news, so it stops at once. False when
    /// no other instance can run it, or it stopped running meanwhile (then <paramref name="execution"/> is read again).
    /// </summary>
    private async Task<bool> AskItsRunnerToCancelAsync(AppDbContext db, ExecutionEntity execution, CancellationToken cancellationToken)
    {
        if (!leases.Shared)
        {
            return false;
        }
        var asked = await db.Executions
            .Where(e => e.Id == execution.Id && e.Status == ExecutionStatus.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.CancelRequested, true), cancellationToken);
        if (asked == 0)
        {
            await db.Entry(execution).ReloadAsync(cancellationToken);
            return false;
        }
        notifications.Publish(new CancelRequested(execution.Id));
        return true;
    }

    /// <summary>
    /// Runs a failed execution again from its failed step, with everything before it kept; <paramref name="changes"/>
    /// corrects its input or variables first (the step renders its templates again from them).
    /// </summary>
    public async Task RetryAsync(string executionId, string actor, RetryChanges? changes = null, CancellationToken cancellationToken = default)
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
        // A cancel asked while it was failing is not meant for the new attempt.
        execution.CancelRequested = false;
        execution.Error = null;
        execution.FailedStep = null;
        execution.EndedAt = null;
        execution.UpdatedAt = time.GetUtcNow();
        audit.Add(db, actor, AuditActions.ExecutionRetried, await RunTargets.OfAsync(db, execution, cancellationToken), Describe(changes));
        await db.SaveChangesAsync(cancellationToken);
        notifications.Publish(new ExecutionChanged(executionId, execution.WorkflowId));
        dispatcher.Signal(executionId);
    }

    private static string? Describe(RetryChanges? changes) => changes switch
    {
        null or { Input: null, Variables: null } => null,
        { Input: not null, Variables: not null } => "with corrected input and variables",
        { Input: not null } => "with corrected input",
        _ => "with corrected variables",
    };
}
