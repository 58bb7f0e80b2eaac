using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Workflows.Benchmarks.Runner;

/// <summary>
/// Durable executions per second: webhooks → set_variables → condition, posted by concurrent clients (spread over the
/// instances in turn, as a round-robin balancer would), measured from the first webhook of the batch to the last
/// execution completed in the database.
/// </summary>
internal static class DurableThroughput
{
    private const int StepsPerExecution = 3;

    public static async Task<double> RunAsync(int executions, int concurrency, int warmUp, InstanceSetup setup)
    {
        await using var instances = await setup.StartAsync();
        return await MeasureAsync(instances.Apps, executions, concurrency, warmUp, setup);
    }

    private static async Task<double> MeasureAsync(IReadOnlyList<BenchmarkApp> apps, int executions, int concurrency, int warmUp, InstanceSetup setup)
    {
        var first = apps[0];
        await first.ActivateAsync(BenchmarkWorkflows.WebhookOrder);
        Console.WriteLine($"\n== Durable throughput, {setup.Name} ({await first.DescribeDatabaseAsync()}): {executions} webhook runs, {concurrency} concurrent senders");

        await PostWebhooksAsync(apps, warmUp, concurrency);
        await first.WaitForCompletedAsync(warmUp, TimeSpan.FromMinutes(1));

        var clock = Stopwatch.StartNew();
        var refused = await PostWebhooksAsync(apps, executions, concurrency);
        var intake = clock.Elapsed;
        await first.WaitForCompletedAsync(warmUp + executions, TimeSpan.FromMinutes(5));
        var total = clock.Elapsed;

        var perSecond = executions / total.TotalSeconds;
        Console.WriteLine($"webhooks accepted: {executions / intake.TotalSeconds:F0}/s ({intake.TotalSeconds:F2} s){(refused > 0 ? $", {refused} refused as too many and sent again" : "")}");
        Console.WriteLine($"executions completed: {perSecond:F0}/s, steps {perSecond * StepsPerExecution:F0}/s ({total.TotalSeconds:F2} s for {executions})");
        Console.WriteLine($"n8n's stated figure for one instance on 2 vCPUs: ~220 executions/s");
        return perSecond;
    }

    /// <summary>
    /// Posts <paramref name="count"/> webhooks; returns how many were refused with 429 and sent again. The benchmark apps turn
    /// the webhook rate limit off, but a limit in front of an instance must slow the benchmark, not end it.
    /// </summary>
    private static async Task<int> PostWebhooksAsync(IReadOnlyList<BenchmarkApp> apps, int count, int concurrency)
    {
        var next = -1;
        var refused = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                while (true)
                {
                    using var response = await apps[i % apps.Count].Api.PostAsJsonAsync("/webhooks/bench-order", new { orderId = $"o{i}", total = i % 200 });
                    if (response.StatusCode != HttpStatusCode.TooManyRequests)
                    {
                        response.EnsureSuccessStatusCode();
                        break;
                    }
                    Interlocked.Increment(ref refused);
                    await Task.Delay(TimeSpan.FromMilliseconds(100));
                }
            }
        }));
        return refused;
    }
}
