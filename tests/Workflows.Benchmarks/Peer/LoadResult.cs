namespace Workflows.Benchmarks.Peer;

/// <summary>What a load run got back: answers by success, over how long.</summary>
internal sealed record LoadResult(int Succeeded, int Failed, TimeSpan Elapsed)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;
}
