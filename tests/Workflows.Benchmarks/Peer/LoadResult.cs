namespace Workflows.Benchmarks.Peer;

/// <summary>What a load run got back: answers by success, over how long, and how long a successful answer took.</summary>
internal sealed record LoadResult(int Succeeded, int Failed, TimeSpan Elapsed, Runner.Percentiles Answered)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;
}
