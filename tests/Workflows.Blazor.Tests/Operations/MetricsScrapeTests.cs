using Microsoft.Data.Sqlite;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Operations;

/// <summary>
/// What Prometheus scrapes from <c>/metrics</c> after runs, from the built app in a child process: a process has one
/// meter of the app's name, as an installation does (apps sharing this test process would share their instruments).
/// </summary>
public sealed class MetricsScrapeTests : IDisposable
{
    private const string Scope = "otel_scope_name=\"Workflows.Blazor\"";

    private readonly string _folder = Directory.CreateTempSubdirectory("wf-metrics-").FullName;

    [Fact]
    public async Task Metrics_ListRunsStepsTimersAndBacklog_AfterRuns()
    {
        var database = Path.Combine(_folder, "workflows.db");
        await using var app = await AppProcess.StartAsync(database, await AppProcess.CreateApiKeyAsync(database));
        var api = app.Client;
        var greeting = await api.ImportAsync(TestWorkflows.Greeting());
        await api.WaitForStatusAsync(await api.StartRunAsync(greeting), "completed");
        var failing = await api.ImportAsync(TestWorkflows.GreetCustomer());
        await api.WaitForStatusAsync(await api.StartRunAsync(failing), "failed");
        var waiting = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "1 second" }""")));
        await api.WaitForStatusAsync(waiting, "completed");

        var metrics = await api.GetStringAsync("/metrics");

        Assert.Contains($"workflows_runs_started_total{{{Scope},workflow=\"{greeting}\"}} 1", metrics);
        Assert.Contains($"workflows_runs_completed_total{{{Scope},workflow=\"{greeting}\"}} 1", metrics);
        Assert.Contains($"workflows_runs_failed_total{{{Scope},workflow=\"{failing}\"}} 1", metrics);
        Assert.DoesNotContain($"workflows_runs_failed_total{{{Scope},workflow=\"{greeting}\"}}", metrics);
        Assert.Contains($"workflows_step_duration_seconds_count{{{Scope},step_type=\"action\"}}", metrics);
        Assert.Contains($"workflows_timer_lateness_seconds_count{{{Scope}}} 1", metrics);
        foreach (var gauge in new[] { "workflows_queue_depth", "workflows_approvals_pending", "workflows_approvals_oldest_age_seconds", "workflows_outbox_backlog" })
        {
            Assert.Contains($"# TYPE {gauge} gauge", metrics);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
