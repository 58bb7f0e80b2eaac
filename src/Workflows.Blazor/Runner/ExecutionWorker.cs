using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Live;
using Workflows.Blazor.Store;
using Workflows.Blazor.Telemetry;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>Claims one queued execution and runs (or resumes) it with the engine, committing every step.</summary>
public sealed class ExecutionWorker(
    IDbContextFactory<AppDbContext> contexts,
    WorkflowStore workflows,
    WorkflowExecutor executor,
    RunStateSerializer states,
    Inbox.ApprovalCommands approvals,
    WorkflowMetrics metrics,
    IDomainEvents events,
    ChangeNotifications changes,
    TimeProvider time)
{
    public async Task RunAsync(string executionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var now = time.GetUtcNow();
        var claimed = await db.Executions
            .Where(e => e.Id == executionId && e.Status == ExecutionStatus.Queued && (e.NotBefore == null || e.NotBefore <= now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, ExecutionStatus.Running)
                .SetProperty(e => e.UpdatedAt, now)
                .SetProperty(e => e.StartedAt, e => e.StartedAt ?? now), CancellationToken.None);
        if (claimed == 0)
        {
            return;
        }
        var execution = await db.Executions.AsNoTracking().FirstAsync(e => e.Id == executionId, CancellationToken.None);
        changes.Publish(new ExecutionChanged(executionId, execution.WorkflowId));

        var (_, definition) = await workflows.GetVersionAsync(execution.WorkflowId, execution.Version, CancellationToken.None);
        var state = states.DeserializeToRun(execution.StateJson);
        var journal = new DbExecutionJournal(contexts, states, approvals, metrics, events, changes, time);
        if (execution.ResumeJson is { } resume && state.Status == ExecutionStatus.Waiting)
        {
            await executor.ResumeAsync(definition, state, RunnerJson.DeserializeResolution(resume), journal, cancellationToken);
        }
        else
        {
            await executor.RunAsync(definition, state, journal, cancellationToken);
        }
    }
}
