namespace Workflows.Benchmarks.Runner;

/// <summary>
/// Measured console runs of the durable runner: the real app on Kestrel over a fresh SQLite file (WAL), or over a
/// fresh PostgreSQL database with one and two instances (<c>throughput-postgres</c>; <c>news</c>, how soon one
/// instance hears another's changes; both on the server that <c>WORKFLOWS_TEST_POSTGRES</c> names), with every step committed before the next. Each measurement gets its own apps and database.
/// </summary>
internal static class RunnerBenchmarks
{
    public static async Task RunAsync(string[] which)
    {
        var all = which.Length == 0;
        Console.WriteLine($"Runner benchmarks on {Environment.ProcessorCount} logical CPU(s), .NET {Environment.Version}");
        if (all || which.Contains("throughput"))
        {
            await DurableThroughput.RunAsync(executions: 3000, concurrency: 16, warmUp: 300, InstanceSetup.Sqlite);
        }
        if (which.Contains("throughput-postgres"))
        {
            var one = await DurableThroughput.RunAsync(executions: 3000, concurrency: 16, warmUp: 300, InstanceSetup.OnPostgres(1));
            var two = await DurableThroughput.RunAsync(executions: 3000, concurrency: 16, warmUp: 300, InstanceSetup.OnPostgres(2));
            Console.WriteLine($"two instances / one: {two / one:F2} ×");
        }
        if (which.Contains("news"))
        {
            await CrossInstanceNews.RunAsync(changes: 200);
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
