using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Workflows.Benchmarks.Runner;

/// <summary>
/// Manual run start latency, one run at a time: from sending <c>POST /api/workflows/{id}/runs</c> to the 202,
/// and to the run's first step record being committed (seen by polling the database every millisecond).
/// </summary>
internal static class StartLatency
{
    public static async Task RunAsync(int runs, int warmUp)
    {
        await using var app = await BenchmarkApp.StartAsync();
        var workflowId = await app.ActivateAsync(BenchmarkWorkflows.Linear(3));
        Console.WriteLine($"\n== Manual run start latency: {runs} runs, one at a time");

        for (var i = 0; i < warmUp; i++)
        {
            await MeasureAsync(app, workflowId);
        }
        var accepted = new List<double>(runs);
        var firstStep = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var (toAccepted, toFirstStep) = await MeasureAsync(app, workflowId);
            accepted.Add(toAccepted);
            firstStep.Add(toFirstStep);
        }
        Console.WriteLine($"POST → 202:                {new Percentiles(accepted)}");
        Console.WriteLine($"POST → first step on disk: {new Percentiles(firstStep)}   (goal: < 100 ms)");
    }

    private static async Task<(double Accepted, double FirstStep)> MeasureAsync(BenchmarkApp app, string workflowId)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await app.Api.PostAsJsonAsync($"/api/workflows/{workflowId}/runs", new { input = new { name = "Ada" } });
        response.EnsureSuccessStatusCode();
        var accepted = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var executionId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["executionId"]!.GetValue<string>();
        await app.WaitForCountAsync("SELECT COUNT(*) FROM ExecutionSteps WHERE ExecutionId = $id", 1, TimeSpan.FromMilliseconds(1), ("$id", executionId));
        var firstStep = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        await app.WaitForCountAsync("SELECT COUNT(*) FROM Executions WHERE Id = $id AND Status = 'Completed'", 1, TimeSpan.FromMilliseconds(1), ("$id", executionId));
        return (accepted, firstStep);
    }
}
