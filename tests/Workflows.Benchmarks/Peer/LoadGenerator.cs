using System.Diagnostics;
using System.Text;

namespace Workflows.Benchmarks.Peer;

/// <summary>
/// The one load generator both sides get: <c>connections</c> clients, each posting the next order as soon as the
/// last one was answered, for a fixed time. Counts answers by success and times each successful one.
/// </summary>
internal static class LoadGenerator
{
    public static async Task<LoadResult> PostOrdersAsync(Uri url, Func<int, string> order, TimeSpan duration, int connections, string? apiKey = null)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(Workflows.Blazor.Security.ApiKeys.HeaderName, apiKey);
        }
        var next = 0;
        var succeeded = 0;
        var failed = 0;
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var i = Interlocked.Increment(ref next);
                using var body = new StringContent(order(i), Encoding.UTF8, "application/json");
                var sent = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync(url, body);
                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    Interlocked.Increment(ref succeeded);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })));
        return new LoadResult(succeeded, failed, clock.Elapsed, new Runner.Percentiles(latencies));
    }
}
