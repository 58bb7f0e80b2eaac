using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Benchmarks.Runner;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Benchmarks.Journeys;

/// <summary>
/// A segment of contacts enrolled at once into an adaptive journey, against a model that takes <c>latency</c> per
/// answer: how fast the decision backlog clears, and how long an ordinary workflow run takes while it does.
/// </summary>
internal static class JourneyDecisionBenchmark
{
    public static async Task RunAsync(int contacts, TimeSpan latency)
    {
        await using var model = new SlowModelServer(latency);
        await using var app = await BenchmarkApp.StartAsync(new Dictionary<string, string>
        {
            ["AI:Endpoint"] = model.Endpoint, ["AI:Model"] = SlowModelServer.Model, ["AI:ApiKey"] = "bench",
        });
        Console.WriteLine($"\n== Journey decisions: {contacts} contacts enrolled from a segment at once, model latency {latency.TotalMilliseconds:F0} ms");
        await SeedSegmentAsync(app, contacts);
        var journeyId = await CreateJourneyAsync(app);
        var workflowId = await app.ActivateAsync(BenchmarkWorkflows.Linear(3));

        var start = Stopwatch.GetTimestamp();
        using (var enrolled = await app.Api.PostAsync($"/api/journeys/{journeyId}/audience/enrol", null))
        {
            enrolled.EnsureSuccessStatusCode();
        }
        var enrolMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var duringBacklog = await TimeOneRunAsync(app, workflowId);
        await app.WaitForCountAsync("SELECT COUNT(*) FROM JourneyEntries WHERE Kind = 'decision'", contacts, TimeSpan.FromMilliseconds(20));
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Console.WriteLine($"enrol {contacts} (one request):        {enrolMs:F0} ms");
        Console.WriteLine($"all first decisions taken:          {seconds:F1} s = {contacts / seconds:F1} decisions/s ({model.MostInFlight} at once)");
        Console.WriteLine($"a 3-step workflow run meanwhile:    {duringBacklog:F0} ms from start to completed");
    }

    private static async Task SeedSegmentAsync(BenchmarkApp app, int contacts)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.SegmentationRules.Add(new SegmentationRuleEntity { Id = "seg_bench", Name = "Bench", Expression = "tier == 'gold'" });
        db.Customers.AddRange(Enumerable.Range(0, contacts).Select(i => new CustomerEntity
        {
            Id = $"cust_bench_{i:D5}", Name = $"Contact {i}", Email = $"c{i}@example.com", Status = "active", Tier = "gold",
        }));
        await db.SaveChangesAsync();
    }

    private static async Task<string> CreateJourneyAsync(BenchmarkApp app)
    {
        var definition = new JsonObject
        {
            ["name"] = "Bench journey",
            ["policy"] = "Wait for the contact to do something.",
            ["audience"] = new JsonObject { ["segmentId"] = "seg_bench" },
            ["actions"] = new JsonArray(new JsonObject { ["action"] = "email_send" }),
        };
        using var response = await app.Api.PostAsync("/api/journeys", new StringContent(definition.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static async Task<double> TimeOneRunAsync(BenchmarkApp app, string workflowId)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await app.Api.PostAsJsonAsync($"/api/workflows/{workflowId}/runs", new { input = new { name = "Ada" } });
        response.EnsureSuccessStatusCode();
        var executionId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["executionId"]!.GetValue<string>();
        await app.WaitForCountAsync("SELECT COUNT(*) FROM Executions WHERE Id = $id AND Status = 'Completed'", 1, TimeSpan.FromMilliseconds(1), ("$id", executionId));
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
