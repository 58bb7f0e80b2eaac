using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>
/// On start-up: executions left running by a stopped or killed process go back to the queue and
/// continue from their last committed step; every queued execution is signalled.
/// </summary>
public sealed class ExecutionRecovery(IDbContextFactory<AppDbContext> contexts, ExecutionDispatcher dispatcher, ILogger<ExecutionRecovery> logger)
{
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var interrupted = await db.Executions
            .Where(e => e.Status == ExecutionStatus.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, ExecutionStatus.Queued), cancellationToken);
        var queued = await db.Executions
            .Where(e => e.Status == ExecutionStatus.Queued)
            .OrderBy(e => e.CreatedAt)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in queued)
        {
            dispatcher.Signal(id);
        }
        if (interrupted > 0 || queued.Count > 0)
        {
            logger.LogInformation("Resuming {Interrupted} interrupted and {Queued} queued execution(s)", interrupted, queued.Count - interrupted);
        }
    }
}
