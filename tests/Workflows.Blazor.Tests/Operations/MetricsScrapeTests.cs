using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Workflows.Blazor.Tests.Journeys;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Operations;

/// <summary>
/// What Prometheus scrapes from <c>/metrics</c> after runs, from the built app in a child process: a process has one
/// meter of the app's name, as an installation does (apps sharing this test process would share their instruments).
/// </summary>
[LongRunning]
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
        foreach (var gauge in new[] { "workflows_queue_depth", "workflows_approvals_pending", "workflows_approvals_oldest_age_seconds", "workflows_outbox_backlog", "workflows_timers_pending" })
        {
            Assert.Contains($"# TYPE {gauge} gauge", metrics);
        }
    }

    [Fact]
    public async Task Metrics_ListJourneyDecisionsModelLatencyAndTokens_AfterAJourneyDecision()
    {
        await using var model = new FakeOpenAiServer { Fallback = Decision(actNow: [Email("Espresso deal")]) };
        var database = Path.Combine(_folder, "workflows.db");
        await using var app = await AppProcess.StartAsync(database, await AppProcess.CreateApiKeyAsync(database), new Dictionary<string, string>
        {
            ["AI__Endpoint"] = model.Endpoint,
            ["AI__Model"] = FakeOpenAiServer.Model,
            ["AI__ApiKey"] = "local-key",
        });
        var api = app.Client;
        var journeyId = await api.CreateJourneyAsync(JourneyDefinitions.Promotion());
        var runId = (await api.EnrolAsync(journeyId, "cust_456")).RunId();
        await Poll.UntilAsync(
            () => api.TimelineAsync(journeyId, runId),
            timeline => timeline.Entries("decision").Count == 1,
            timeline => $"No decision was taken: {timeline.ToJsonString()}\n{app.Log}");

        var metrics = await api.GetStringAsync("/metrics");

        Assert.Equal(1, Sum(metrics, "workflows_journey_decisions_total", $"journey=\"{journeyId}\"", "outcome=\"decided\""));
        var calls = Sum(metrics, "workflows_model_latency_seconds_count", $"model=\"{FakeOpenAiServer.Model}\"");
        Assert.True(calls >= 1, $"no model call was measured:\n{metrics}");
        Assert.True(Sum(metrics, "workflows_model_latency_seconds_sum", $"model=\"{FakeOpenAiServer.Model}\"") > 0, metrics);
        // The fake model counts 12 tokens in and 5 out on every answer.
        Assert.Equal(12 * calls, Sum(metrics, "workflows_model_tokens_total", $"model=\"{FakeOpenAiServer.Model}\"", "direction=\"input\""));
        Assert.Equal(5 * calls, Sum(metrics, "workflows_model_tokens_total", $"model=\"{FakeOpenAiServer.Model}\"", "direction=\"output\""));
    }

    /// <summary>The sum of the app's samples of a metric whose labels include all of <paramref name="labels"/> (in any order).</summary>
    private static double Sum(string metrics, string name, params string[] labels) =>
        Regex.Matches(metrics, $@"^{Regex.Escape(name)}\{{(?<labels>[^}}]*)\}} (?<value>\S+)", RegexOptions.Multiline)
            .Where(m => m.Groups["labels"].Value.Contains(Scope) && labels.All(m.Groups["labels"].Value.Contains))
            .Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
