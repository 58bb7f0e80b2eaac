using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Runner;

/// <summary>Reads executions for the API and the pages.</summary>
public sealed class ExecutionQueries(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<ExecutionDetails> GetAsync(string executionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var execution = await db.Executions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == executionId, cancellationToken)
            ?? throw StoreException.NotFound("execution", executionId);
        var steps = await db.ExecutionSteps.AsNoTracking()
            .Where(s => s.ExecutionId == executionId)
            .OrderBy(s => s.Sequence)
            .ToListAsync(cancellationToken);
        var state = RunnerJson.DeserializeState(execution.StateJson);
        return new ExecutionDetails(
            execution.Id, execution.WorkflowId, execution.Version, Lower(execution.Status), execution.TriggerType,
            execution.SubjectId, execution.ThreadId, RunnerJson.Node(execution.InputJson), state.Variables,
            execution.CurrentStep, execution.Error, execution.FailedStep, execution.CreatedAt, execution.StartedAt, execution.EndedAt,
            steps.Select(s => new ExecutionStepDetails(
                s.Sequence, s.StepSlug, s.StepType, s.LoopPath, s.Attempt, Lower(s.Status),
                RunnerJson.Node(s.InputJson), RunnerJson.Node(s.OutputJson), s.Port, s.Error, s.StartedAt, s.DurationMs)).ToList());
    }

    /// <summary>A page of executions, newest first, narrowed by <paramref name="filter"/>.</summary>
    public async Task<Store.Page<ExecutionSummary>> ListAsync(ExecutionFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var executions = db.Executions.AsNoTracking();
        if (filter.WorkflowId is { Length: > 0 } workflowId)
        {
            executions = executions.Where(e => e.WorkflowId == workflowId);
        }
        if (filter.Status is { } status)
        {
            executions = executions.Where(e => e.Status == status);
        }
        if (filter.TriggerType is { Length: > 0 } trigger)
        {
            executions = executions.Where(e => e.TriggerType == trigger);
        }
        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            executions = executions.Where(e => e.Id == search || e.SubjectId == search || (e.InputJson != null && e.InputJson.Contains(search)));
        }
        var total = await executions.CountAsync(cancellationToken);
        var rows = await executions
            .OrderByDescending(e => e.CreatedAt)
            .Skip(skip)
            .Take(take)
            .Join(db.Workflows, e => e.WorkflowId, w => w.Id, (e, w) => new ExecutionSummary(
                e.Id, e.WorkflowId, w.Name, e.Version, e.Status.ToString(), e.TriggerType, e.SubjectId, e.CreatedAt, e.StartedAt, e.EndedAt,
                e.StepCount, e.FailedStep, e.Error))
            .ToListAsync(cancellationToken);
        return new Store.Page<ExecutionSummary>(rows.Select(r => r with { Status = r.Status.ToLowerInvariant() }).ToList(), total);
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
