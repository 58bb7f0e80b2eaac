using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class BulkActionTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task BulkCancel_CancelsTheWaitingRuns_AndSkipsTheOthersSayingWhy()
    {
        var api = await _app.CreateApiClientAsync();
        var waitingWorkflow = await api.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "1 hour" }"""));
        var waiting = new[] { await api.StartRunAsync(waitingWorkflow), await api.StartRunAsync(waitingWorkflow) };
        var completed = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.Greeting()));
        foreach (var id in waiting)
        {
            await api.WaitForStatusAsync(id, "waiting");
        }
        await api.WaitForStatusAsync(completed, "completed");

        var result = await PostAsync(api, "/api/executions/cancel", [.. waiting, completed, "no_such_run"]);

        Assert.Equal(waiting.Order(), result["done"]!.AsArray().Select(id => id!.GetValue<string>()).Order());
        var skipped = result["skipped"]!.AsArray().ToDictionary(s => s!["id"]!.GetValue<string>(), s => s!["status"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { [completed] = "completed", ["no_such_run"] = "missing" }, skipped);
        Assert.Contains("only queued, running or waiting", result["skipped"]![0]!["reason"]!.GetValue<string>());
        foreach (var id in waiting)
        {
            Assert.Equal("cancelled", (await api.GetExecutionAsync(id))["status"]!.GetValue<string>());
        }
        var audited = await _app.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.ExecutionCancelled).Select(a => new { a.Target, a.TargetLink }).ToListAsync());
        Assert.All(audited, a => Assert.Equal("Manual run of Wait then greet", a.Target));
        Assert.Equal(waiting.Select(id => $"/executions/{id}").Order(), audited.Select(a => a.TargetLink).Order());
    }

    [Fact]
    public async Task BulkCancel_ReportsEachRun_AndStopsBetweenTwo_WhenAsked()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "1 hour" }"""));
        var waiting = new[] { await api.StartRunAsync(workflowId), await api.StartRunAsync(workflowId), await api.StartRunAsync(workflowId) };
        foreach (var id in waiting)
        {
            await api.WaitForStatusAsync(id, "waiting");
        }
        using var stop = new CancellationTokenSource();
        var reports = new List<WorkProgress>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _app.Services.GetRequiredService<ExecutionActions>().CancelManyAsync(
            "admin@example.com", waiting, new Reported(report =>
            {
                reports.Add(report);
                stop.Cancel();
            }), stop.Token));

        Assert.Equal([new WorkProgress(1, 3)], reports);
        var statuses = new List<string>();
        foreach (var id in waiting)
        {
            statuses.Add((await api.GetExecutionAsync(id))["status"]!.GetValue<string>());
        }
        Assert.Equal(["cancelled", "waiting", "waiting"], statuses.Order());
    }

    /// <summary>Hears each report as it is made, unlike <see cref="Progress{T}"/>, which posts it for later.</summary>
    private sealed class Reported(Action<WorkProgress> hear) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value) => hear(value);
    }

    [Fact]
    public async Task BulkRetry_RetriesOnlyTheFailedRuns()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.GreetCustomer());
        var failed = await api.StartRunAsync(workflowId, new { input = new { customer = new { } } });
        var completed = await api.StartRunAsync(workflowId, new { input = new { customer = new { name = "Ada" } } });
        await api.WaitForStatusAsync(failed, "failed");
        await api.WaitForStatusAsync(completed, "completed");

        var result = await PostAsync(api, "/api/executions/retry", [failed, completed]);

        Assert.Equal([failed], result["done"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.Equal(completed, result["skipped"]![0]!["id"]!.GetValue<string>());
        Assert.Contains("only failed runs", result["skipped"]![0]!["reason"]!.GetValue<string>());
        // Nothing was corrected, so the retried run fails again at the same step, one step record later.
        var retried = await api.WaitForStatusAsync(failed, "failed");
        Assert.Equal(["start", "prepare", "greet", "greet"], retried.StepSlugs());
    }

    [Fact]
    public async Task BulkCancel_Returns400Problem_WithoutIds()
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.PostAsJsonAsync("/api/executions/cancel", new { ids = Array.Empty<string>() });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<JsonObject> PostAsync(HttpClient api, string path, string[] ids)
    {
        using var response = await api.PostAsJsonAsync(path, new { ids });
        await response.EnsureSuccessWithBodyAsync();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public void Dispose() => _app.Dispose();
}
