using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Keeps the database from growing without bound: deletes finished runs (completed, failed, cancelled) older
/// than the retention days, and beyond the newest N per workflow. Their steps and timers go with them.
/// Runs still queued, running or waiting are never touched.
/// </summary>
public sealed class ExecutionPruner(IDbContextFactory<AppDbContext> contexts, IOptions<RunnerOptions> options, TimeProvider time, ILogger<ExecutionPruner> logger)
{
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (options.Value.RetentionDays > 0)
        {
            var before = time.GetUtcNow().AddDays(-options.Value.RetentionDays);
            deleted += await db.Executions
                .Where(e => ExecutionStatuses.Ended.Contains(e.Status) && e.EndedAt != null && e.EndedAt < before)
                .ExecuteDeleteAsync(cancellationToken);
        }
        if (options.Value.RetentionPerWorkflow > 0)
        {
            var keep = options.Value.RetentionPerWorkflow;
            foreach (var workflowId in await db.Executions.Select(e => e.WorkflowId).Distinct().ToListAsync(cancellationToken))
            {
                var beyond = db.Executions
                    .Where(e => e.WorkflowId == workflowId && ExecutionStatuses.Ended.Contains(e.Status))
                    .OrderByDescending(e => e.CreatedAt)
                    .Skip(keep)
                    .Select(e => e.Id);
                deleted += await db.Executions.Where(e => beyond.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
            }
        }
        if (deleted > 0)
        {
            logger.LogInformation("Retention removed {Count} finished execution(s)", deleted);
        }
        return deleted;
    }
}
