using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Live;

namespace Workflows.Benchmarks.Runner;

/// <summary>
/// How soon a page on one instance hears what another committed: two instances on one PostgreSQL database, a change
/// published on the first, timed until a subscriber on the second is called. Changes go one at a time, each after
/// the relay's pacing interval, so the time is the trip through the database, not the wait for the next batch.
/// </summary>
internal static class CrossInstanceNews
{
    public static async Task RunAsync(int changes)
    {
        await using var instances = await InstanceSetup.OnPostgres(2).StartAsync();
        var (from, to) = (Changes(instances.Apps[0]), Changes(instances.Apps[1]));
        Console.WriteLine($"\n== Live updates across instances: {changes} changes published on one instance, heard on the other");

        await RelaysListeningAsync(from, to);
        var latencies = new List<double>(changes);
        for (var i = 0; i < changes; i++)
        {
            await Task.Delay(ChangeNotifications.Interval);
            latencies.Add(await TripAsync(from, to));
        }
        Console.WriteLine($"published → heard on the other instance: {new Percentiles(latencies)}");
    }

    private static async Task<double> TripAsync(ChangeNotifications from, ChangeNotifications to)
    {
        var (probe, heard) = Probe(to, out var subscription);
        using (subscription)
        {
            var start = Stopwatch.GetTimestamp();
            from.Publish(probe);
            await heard.WaitAsync(TimeSpan.FromSeconds(10));
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
    }

    /// <summary>The relays listen a moment after their apps start: until then a change goes nowhere, so the first is sent until heard.</summary>
    private static async Task RelaysListeningAsync(ChangeNotifications from, ChangeNotifications to)
    {
        var (probe, heard) = Probe(to, out var subscription);
        using (subscription)
        {
            var patience = Stopwatch.StartNew();
            while (!heard.IsCompleted && patience.Elapsed < TimeSpan.FromMinutes(1))
            {
                from.Publish(probe);
                await Task.WhenAny(heard, Task.Delay(TimeSpan.FromMilliseconds(200)));
            }
            await heard.WaitAsync(TimeSpan.Zero);
        }
    }

    /// <summary>A change of its own and the task that completes once <paramref name="to"/> hears it.</summary>
    private static (Change Probe, Task Heard) Probe(ChangeNotifications to, out IDisposable subscription)
    {
        var probe = new WorkflowChanged(Guid.NewGuid().ToString("N"));
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        subscription = to.Subscribe<WorkflowChanged>(change => change == probe, () => Task.FromResult(heard.TrySetResult()));
        return (probe, heard.Task);
    }

    private static ChangeNotifications Changes(BenchmarkApp app) => app.Services.GetRequiredService<ChangeNotifications>();
}
