using Coravel.Invocable;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// Coravel brings the stats rollup up to date every few seconds, a batch at a time: after an upgrade it counts the past runs
/// in the background while the Results view shows how far it got, and later it keeps reads from having much left to count.
/// </summary>
public sealed class StatsFoldJob(StatsRollup rollup) : IInvocable, ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public Task Invoke() => rollup.FoldAsync(CancellationToken);
}
