using Coravel.Invocable;

namespace Workflows.Blazor.Runner;

/// <summary>Coravel runs the retention prune every hour.</summary>
public sealed class RetentionJob(ExecutionPruner pruner) : IInvocable, ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public Task Invoke() => pruner.PruneAsync(CancellationToken);
}
