namespace Workflows.Benchmarks.Runner;

/// <summary>
/// Measured console runs of the durable runner: the real app on Kestrel over a fresh SQLite file (WAL),
/// with every step committed before the next. Each measurement gets its own app and database.
/// </summary>
internal static class RunnerBenchmarks
{
    public static async Task RunAsync(string[] which)
    {
        var all = which.Length == 0;
        Console.WriteLine($"Runner benchmarks on {Environment.ProcessorCount} logical CPU(s), .NET {Environment.Version}");
        if (all || which.Contains("throughput"))
        {
            await DurableThroughput.RunAsync(executions: 3000, concurrency: 16, warmUp: 300);
        }
        if (all || which.Contains("latency"))
        {
            await StartLatency.RunAsync(runs: 200, warmUp: 20);
        }
        if (all || which.Contains("timers"))
        {
            await TimerLateness.RunAsync(pending: 10_000, due: 10_000, spread: TimeSpan.FromSeconds(30));
            await TimerLateness.RunAsync(pending: 100_000, due: 3_000, spread: TimeSpan.FromSeconds(30));
        }
    }
}
