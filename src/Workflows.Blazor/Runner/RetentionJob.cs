using Coravel.Invocable;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Coravel runs the retention prune every hour: old finished runs, and webhook deliveries past their memory; then the
/// space they took goes back to the file system. Every instance schedules it; the leading one runs it.
/// </summary>
public sealed class RetentionJob(ExecutionPruner pruner, WebhookDeliveries webhookDeliveries, IDatabaseCompaction compaction, InstanceLeases leases)
    : IInvocable, ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public async Task Invoke()
    {
        if (!await leases.LeadsAsync(CancellationToken))
        {
            return;
        }
        await pruner.PruneAsync(CancellationToken);
        await webhookDeliveries.ForgetOldAsync(CancellationToken);
        await compaction.CompactAsync(CancellationToken);
    }
}
