using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Live;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>Claims one queued execution for this instance and runs (or resumes) it with the engine, committing every step.</summary>
public sealed class ExecutionWorker(
    IDbContextFactory<AppDbContext> contexts,
    WorkflowStore workflows,
    WorkflowExecutor executor,
    RunStateSerializer states,
    DbExecutionJournal journal,
    ChangeNotifications changes,
    InstanceLeases leases,
    TimeProvider time,
    ILogger<ExecutionWorker> logger)
{
    public async Task RunAsync(string executionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var now = time.GetUtcNow();
        var claimed = await db.Executions
            .Where(e => e.Id == executionId && e.Status == ExecutionStatus.Queued && (e.NotBefore == null || e.NotBefore <= now))
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, ExecutionStatus.Running)
                .SetProperty(e => e.RunnerId, leases.InstanceId)
                .SetProperty(e => e.UpdatedAt, now)
                .SetProperty(e => e.StartedAt, e => e.StartedAt ?? now), CancellationToken.None);
        if (claimed == 0)
        {
            return;
        }
        var execution = await db.Executions.AsNoTracking().FirstAsync(e => e.Id == executionId, CancellationToken.None);
        changes.Publish(new ExecutionChanged(executionId, execution.WorkflowId));

        var (_, definition) = await workflows.GetVersionAsync(execution.WorkflowId, execution.Version, CancellationToken.None);
        // Whatever is logged while the run goes on (by the runner, a step or an action) names the run and its workflow.
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ExecutionId"] = executionId,
            ["WorkflowId"] = execution.WorkflowId,
            ["Workflow"] = definition.Name,
            ["WorkflowVersion"] = execution.Version,
        });
        // A cancel asked while the run was another worker's (it waited, or its instance stopped) is honoured before any step.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (execution.CancelRequested)
        {
            await stop.CancelAsync();
        }
        try
        {
            LogOutcome(await RunOrResumeAsync(definition, states.DeserializeToRun(execution.StateJson), execution.ResumeJson, stop.Token));
        }
        catch (RunTakenOverException)
        {
            // Another instance carries the run on from its last commit; this one only stops.
            logger.LogWarning("Another app instance took this run over while this one was held up past its lease; this instance dropped it without saving");
        }
    }

    private async Task<ExecutionState> RunOrResumeAsync(WorkflowDefinition definition, ExecutionState state, string? resume, CancellationToken cancellationToken) =>
        resume is not null && state.Status == ExecutionStatus.Waiting
            ? await executor.ResumeAsync(definition, state, RunnerJson.DeserializeResolution(resume), journal, cancellationToken)
            : await executor.RunAsync(definition, state, journal, cancellationToken);

    private void LogOutcome(ExecutionState state)
    {
        if (state.Status == ExecutionStatus.Failed)
        {
            // The error is the one on record, secrets already masked.
            logger.LogWarning("Run failed at step {StepSlug}: {Error}", state.FailedStep, state.Error);
        }
        else
        {
            logger.LogDebug("Run is {Status} after {StepRuns} step runs", state.Status, state.StepRuns);
        }
    }
}
