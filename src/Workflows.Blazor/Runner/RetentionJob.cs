using Coravel.Invocable;

namespace Workflows.Blazor.Runner;

/// <summary>Coravel runs the retention prune every hour: old finished runs, and webhook deliveries past their memory.</summary>
public sealed class RetentionJob(ExecutionPruner pruner, WebhookDeliveries webhookDeliveries) : IInvocable, ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public async Task Invoke()
    {
        await pruner.PruneAsync(CancellationToken);
        await webhookDeliveries.ForgetOldAsync(CancellationToken);
    }
}
