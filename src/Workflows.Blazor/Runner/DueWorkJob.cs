using Coravel.Invocable;

namespace Workflows.Blazor.Runner;

/// <summary>Coravel runs this every second; overlapping ticks are skipped.</summary>
public sealed class DueWorkJob(DueWorkProcessor processor) : IInvocable, ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public Task Invoke() => processor.ProcessAsync(CancellationToken);
}
