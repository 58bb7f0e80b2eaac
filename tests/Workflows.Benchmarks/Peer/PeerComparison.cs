using System.Diagnostics;
using Workflows.Benchmarks.Runner;

namespace Workflows.Benchmarks.Peer;

/// <summary>
/// Ours against Node-RED on the same flow (POST → set a field → condition → answer), the same machine, the same
/// load generator, one after the other: Node-RED's answered requests per second in memory, and our completed runs per
/// second with every step committed, counted from the database, through the runs API and through a webhook.
/// </summary>
internal static class PeerComparison
{
    public static async Task RunAsync(TimeSpan duration, int connections)
    {
        var warmUp = duration / 5;
        Console.WriteLine($"\n== Peer comparison on {Environment.ProcessorCount} logical CPU(s): POST → set a field → condition → answer, " +
            $"{connections} connections for {duration.TotalSeconds:F0} s each after {warmUp.TotalSeconds:F0} s of warm-up");

        double peer;
        await using (var nodeRed = await NodeRed.StartAsync())
        {
            var url = new Uri(nodeRed.BaseAddress, "/order");
            Succeeded(await LoadGenerator.PostOrdersAsync(url, PeerOrders.Plain, warmUp, connections), "Node-RED");
            var load = Succeeded(await LoadGenerator.PostOrdersAsync(url, PeerOrders.Plain, duration, connections), "Node-RED");
            peer = load.PerSecond;
            Console.WriteLine($"Node-RED {nodeRed.InstalledVersion}, in memory:             {peer,7:F0} requests/s");
        }
        // The first rounds in this process pay for compiling the app's code: one unmeasured round first; then rounds without
        // and with group commit alternate, so neither gets the warmer or the quieter moments of the machine.
        await OursAsync("warm-up", BenchmarkWorkflows.ManualOrder, id => $"/api/workflows/{id}/runs", PeerOrders.AsRunInput, duration, connections);
        var alone = new List<double>();
        var together = new List<double>();
        for (var round = 0; round < 2; round++)
        {
            alone.Add(await OursAsync("runs API", BenchmarkWorkflows.ManualOrder, id => $"/api/workflows/{id}/runs", PeerOrders.AsRunInput, duration, connections,
                groupCommit: false));
            together.Add(await OursAsync("runs API", BenchmarkWorkflows.ManualOrder, id => $"/api/workflows/{id}/runs", PeerOrders.AsRunInput, duration, connections));
        }
        var runs = together.Average();
        var webhook = await OursAsync("webhook", BenchmarkWorkflows.WebhookOrder, _ => "/webhooks/bench-order", PeerOrders.Plain, duration, connections);
        Console.WriteLine($"runs API, mean of two rounds each: {alone.Average():F0} runs/s each start committing its own run, {runs:F0} with group commit " +
            $"({runs / alone.Average():F2} ×)");
        Console.WriteLine($"ratio through the runs API: {runs / peer:F2}   through a webhook: {webhook / peer:F2}   (goal: 0.5)");
    }

    private static async Task<double> OursAsync(
        string through, string workflowJson, Func<string, string> path, Func<int, string> order, TimeSpan duration, int connections,
        bool groupCommit = true)
    {
        await using var app = await BenchmarkApp.StartAsync(new Dictionary<string, string> { ["Runner:GroupCommit"] = groupCommit ? "true" : "false" });
        var url = new Uri(app.Api.BaseAddress!, path(await app.ActivateAsync(workflowJson)));
        var warm = Succeeded(await LoadGenerator.PostOrdersAsync(url, order, duration / 5, connections, app.ApiKey), through);
        await app.WaitForCompletedAsync(warm.Succeeded, TimeSpan.FromMinutes(5));

        var clock = Stopwatch.StartNew();
        var load = Succeeded(await LoadGenerator.PostOrdersAsync(url, order, duration, connections, app.ApiKey), through);
        await app.WaitForCompletedAsync(warm.Succeeded + load.Succeeded, TimeSpan.FromMinutes(5));
        var completed = load.Succeeded / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"Ours through the {through,-8}, every step committed{(groupCommit ? "" : ", no group commit")}: {completed,7:F0} completed runs/s (accepted {load.PerSecond:F0}/s)");
        // The start request stores the run with the steps it ran ahead and answers after that commit: its answer time is
        // the time from the start to the first committed step, under this load.
        Console.WriteLine($"  start → first step committed (the 202): {load.Answered}   (goal: p99 < 20 ms)");
        return completed;
    }

    private static LoadResult Succeeded(LoadResult load, string target) =>
        load.Failed == 0 ? load : throw new InvalidOperationException($"{target} refused {load.Failed} of {load.Failed + load.Succeeded} requests.");
}
