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

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
