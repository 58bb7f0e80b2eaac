using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Puts runs left running by a stopped or killed instance back in the queue; they continue from their last committed
/// step. On SQLite the app is alone with its file (the lock file says so), so on start every run left running is one of
/// those. Instances sharing PostgreSQL leave each other's runs alone while the instance that claimed a run keeps its
/// lease; once that lease runs out, the next <see cref="RequeueOrphansAsync"/> of any instance queues its runs again.
/// </summary>
public sealed class ExecutionRecovery(
    IDbContextFactory<AppDbContext> contexts,
    ExecutionDispatcher dispatcher,
    InstanceLeases leases,
    TimeProvider time,
    ILogger<ExecutionRecovery> logger)
{
    /// <summary>On start: the interrupted runs go back to the queue, and every queued run is signalled.</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        if (leases.Shared)
        {
            await leases.RenewInstanceAsync(cancellationToken);
        }
        var interrupted = leases.Shared ? await RequeueOrphansAsync(cancellationToken) : await RequeueAllRunningAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
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

    /// <summary>Queues again the runs claimed by instances whose lease ran out; the number queued. Each is signalled.</summary>
    public async Task<int> RequeueOrphansAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var self = leases.InstanceId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orphans = db.Executions.Where(e => e.Status == ExecutionStatus.Running
            && (e.RunnerId == null || (e.RunnerId != self && !db.Leases.Any(l => l.Name == e.RunnerId && l.ExpiresAt >= now))));
        var ids = await orphans.Select(e => e.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }
        var requeued = await orphans.Where(e => ids.Contains(e.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, ExecutionStatus.Queued).SetProperty(e => e.RunnerId, (string?)null), cancellationToken);
        ids.ForEach(dispatcher.Signal);
        logger.LogWarning("Took over {Count} run(s) of app instances that stopped renewing their lease", requeued);
        return requeued;
    }

    private async Task<int> RequeueAllRunningAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Executions
            .Where(e => e.Status == ExecutionStatus.Running)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, ExecutionStatus.Queued).SetProperty(e => e.RunnerId, (string?)null), cancellationToken);
    }
}
