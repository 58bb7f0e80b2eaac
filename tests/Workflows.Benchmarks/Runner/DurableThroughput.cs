using System.Diagnostics;
using System.Net.Http.Json;

namespace Workflows.Benchmarks.Runner;

/// <summary>
/// Durable executions per second: webhooks → set_variables → condition, posted by concurrent clients,
/// measured from the first webhook of the batch to the last execution completed on disk.
/// </summary>
internal static class DurableThroughput
{
    private const int StepsPerExecution = 3;

    public static async Task RunAsync(int executions, int concurrency, int warmUp)
    {
        await using var app = await BenchmarkApp.StartAsync();
        await app.ActivateAsync(BenchmarkWorkflows.WebhookOrder);
        Console.WriteLine($"\n== Durable throughput: {executions} webhook runs, {concurrency} concurrent senders, journal_mode={await app.ScalarAsync("PRAGMA journal_mode")}");

        await PostWebhooksAsync(app, warmUp, concurrency);
        await app.WaitForCompletedAsync(warmUp, TimeSpan.FromMinutes(1));

        var clock = Stopwatch.StartNew();
        await PostWebhooksAsync(app, executions, concurrency);
        var intake = clock.Elapsed;
        await app.WaitForCompletedAsync(warmUp + executions, TimeSpan.FromMinutes(5));
        var total = clock.Elapsed;

        var perSecond = executions / total.TotalSeconds;
        Console.WriteLine($"webhooks accepted: {executions / intake.TotalSeconds:F0}/s ({intake.TotalSeconds:F2} s)");
        Console.WriteLine($"executions completed: {perSecond:F0}/s, steps {perSecond * StepsPerExecution:F0}/s ({total.TotalSeconds:F2} s for {executions})");
        Console.WriteLine($"n8n's stated figure for one instance on 2 vCPUs: ~220 executions/s");
    }

    private static async Task PostWebhooksAsync(BenchmarkApp app, int count, int concurrency)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                using var response = await app.Api.PostAsJsonAsync("/webhooks/bench-order", new { orderId = $"o{i}", total = i % 200 });
                response.EnsureSuccessStatusCode();
            }
        }));
    }
}
