using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Experiments;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Experiments;

namespace Workflows.Blazor.Tests.Experiments;

/// <summary><c>GET /api/workflows/{id}/stats</c> and the runs list by path, against the real app and its SQLite file.</summary>
[LongRunning]
public sealed class WorkflowStatsApiTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private static readonly SplitPath[] Paths = [new("A", 45), new("B", 45), new("Holdout", 10, true)];
    private readonly AppFactory _app = shared.Factory;

    private async Task<(HttpClient Api, string WorkflowId)> ExperimentAsync()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(ExperimentWorkflows.WinBack());
        await api.ActivateAsync(workflowId);
        return (api, workflowId);
    }

    private static async Task RunAllAsync(HttpClient api, string workflowId, IEnumerable<string> customers)
    {
        var runs = new List<string>();
        foreach (var customer in customers)
        {
            runs.Add(await api.StartRunAsync(workflowId, new { input = new { customerId = customer } }));
        }
        foreach (var run in runs)
        {
            await api.WaitForStatusAsync(run, "completed");
        }
    }

    private static string PathOf(string workflowId, string customer) =>
        SplitAssignment.Choose(Paths, SplitAssignment.Place(workflowId, ExperimentWorkflows.Split, customer)).Name;

    private static JsonNode PathStats(JsonObject stats, string path) =>
        stats["splits"]![0]!["paths"]!.AsArray().Single(p => p!["path"]!.GetValue<string>() == path)!;

    [Fact]
    public async Task Stats_ReportRatesIntervalsAndTheTestsCall_ForTwoThousandContactsWithASeededDifference()
    {
        var (api, workflowId) = await ExperimentAsync();
        var customers = Enumerable.Range(1, 2_000).Select(i => $"cust_{i:0000}").ToList();
        await RunAllAsync(api, workflowId, customers);
        // 5% of the holdout's contacts order, 6% of A's (a difference chance explains), 20% of B's (one it does not).
        // The shares are exact, since which contacts land on which path changes with the workflow's id.
        var share = new Dictionary<string, double> { ["A"] = 0.06, ["B"] = 0.20, ["Holdout"] = 0.05 };
        var buyers = customers.GroupBy(c => PathOf(workflowId, c))
            .SelectMany(path => path.Take((int)Math.Round(share[path.Key] * path.Count())))
            .ToList();
        foreach (var buyer in buyers)
        {
            await api.PublishEventAsync("order.placed", buyer, new { total = 80 });
        }

        var stats = await StatsAsync(api, workflowId, "");

        Assert.Equal(2_000, stats["runs"]!.GetValue<long>());
        Assert.Equal(buyers.Count, stats["conversions"]!.GetValue<long>());
        Assert.Equal("two-proportion z-test", stats["test"]!.GetValue<string>());
        Assert.Equal("Holdout", stats["splits"]![0]!["control"]!.GetValue<string>());
        foreach (var path in Paths.Select(p => p.Name))
        {
            var entered = customers.Count(c => PathOf(workflowId, c) == path);
            var converted = buyers.Count(c => PathOf(workflowId, c) == path);
            var reported = PathStats(stats, path);
            var interval = ProportionInterval.Wilson(converted, entered);
            Assert.Equal((entered, converted), (reported["entered"]!.GetValue<long>(), reported["converted"]!.GetValue<long>()));
            Assert.Equal((double)converted / entered, reported["rate"]!.GetValue<double>(), 12);
            Assert.Equal((interval.Low, interval.High), (reported["low"]!.GetValue<double>(), reported["high"]!.GetValue<double>()));
        }
        Assert.Equal("better", PathStats(stats, "B")["significance"]!["verdict"]!.GetValue<string>());
        Assert.Equal("no_clear_difference", PathStats(stats, "A")["significance"]!["verdict"]!.GetValue<string>());
        Assert.Null(PathStats(stats, "Holdout")["significance"]);
        Assert.InRange(PathStats(stats, "B")["uplift"]!.GetValue<double>(), 2.6, 3.4);
    }

    [Fact]
    public async Task Stats_CountRunsPerStepAndLink()
    {
        var (api, workflowId) = await ExperimentAsync();
        var customers = Enumerable.Range(1, 40).Select(i => $"cust_{i}").ToList();
        await RunAllAsync(api, workflowId, customers);

        var stats = await StatsAsync(api, workflowId, "");

        var onB = customers.Count(c => PathOf(workflowId, c) == "B");
        Assert.Equal(40, Reached(stats, ExperimentWorkflows.Split));
        Assert.Equal(onB, Reached(stats, "offer_b"));
        var link = stats["links"]!.AsArray().Single(l => l!["from"]!.GetValue<string>() == ExperimentWorkflows.Split && l["port"]!.GetValue<string>() == "B")!;
        Assert.Equal(("offer_b", onB), (link["to"]!.GetValue<string>(), link["runs"]!.GetValue<long>()));
        Assert.Equal("not_enough_data", PathStats(stats, "B")["significance"]!["verdict"]!.GetValue<string>());
    }

    [Fact]
    public async Task Stats_CountOnlyRunsThatStartedInThePeriod()
    {
        var (api, workflowId) = await ExperimentAsync();
        await RunAllAsync(api, workflowId, ["cust_1"]);
        await _app.AdvanceAsync(TimeSpan.FromDays(2));
        await RunAllAsync(api, workflowId, ["cust_2", "cust_3"]);
        var yesterday = _app.Clock.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd");

        var stats = await StatsAsync(api, workflowId, $"?from={yesterday}");

        Assert.Equal(2, stats["runs"]!.GetValue<long>());
    }

    /// <summary>Whole hours come from the stats rollup, the ends of a period from the runs: both must agree with what ran.</summary>
    [Fact]
    public async Task Stats_CountRunsAddedSinceTheLastRead_AndPeriodsThatEndMidHour()
    {
        var (api, workflowId) = await ExperimentAsync();
        var first = _app.Clock.GetUtcNow();
        await RunAllAsync(api, workflowId, ["cust_1", "cust_2", "cust_3"]);
        Assert.Equal(3, (await StatsAsync(api, workflowId, ""))["runs"]!.GetValue<long>());
        await _app.AdvanceAsync(TimeSpan.FromMinutes(150));
        var second = _app.Clock.GetUtcNow();
        await RunAllAsync(api, workflowId, ["cust_4", "cust_5"]);

        var all = await StatsAsync(api, workflowId, "");
        var later = await StatsAsync(api, workflowId, $"?from={Moment(first.AddMinutes(20))}&to={Moment(second.AddMinutes(10))}");
        var earlier = await StatsAsync(api, workflowId, $"?from={Moment(first.AddMinutes(-10))}&to={Moment(first.AddMinutes(10))}");

        Assert.Equal((5, 5), (all["runs"]!.GetValue<long>(), Reached(all, ExperimentWorkflows.Split)));
        Assert.Equal((2, 2), (later["runs"]!.GetValue<long>(), Reached(later, ExperimentWorkflows.Split)));
        Assert.Equal((3, 3), (earlier["runs"]!.GetValue<long>(), Reached(earlier, ExperimentWorkflows.Split)));
    }

    /// <summary>The stats once the background fold ran, as it does every few seconds (the tests share one app, so backlogs are long).</summary>
    private async Task<JsonObject> StatsAsync(HttpClient api, string workflowId, string query)
    {
        await _app.Services.GetRequiredService<StatsFoldJob>().Invoke();
        return (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}/stats{query}"))!;
    }

    private static string Moment(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Executions_AreNarrowedToASplitPath()
    {
        var (api, workflowId) = await ExperimentAsync();
        var customers = Enumerable.Range(1, 20).Select(i => $"cust_{i}").ToList();
        await RunAllAsync(api, workflowId, customers);

        var page = (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}/executions?path=Holdout"))!;

        var heldOut = customers.Where(c => PathOf(workflowId, c) == "Holdout").Order().ToList();
        Assert.Equal(heldOut, page["items"]!.AsArray().Select(e => e!["subjectId"]!.GetValue<string>()).Order());
        Assert.Equal(heldOut.Count, page["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("?from=yesterday")]
    [InlineData("?to=2026-13-01")]
    [InlineData("?from=2026-11-02&to=2026-11-01")]
    public async Task Stats_AreRefusedWithAProblem_ForABadPeriod(string query)
    {
        var (api, workflowId) = await ExperimentAsync();

        using var response = await api.GetAsync($"/api/workflows/{workflowId}/stats{query}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("executions?path=A")]
    public async Task UnknownWorkflow_IsNotFound(string what)
    {
        var api = await _app.CreateApiClientAsync();

        using var response = await api.GetAsync($"/api/workflows/wf_nope/{what}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private static long Reached(JsonObject stats, string step) =>
        stats["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == step)!["runs"]!.GetValue<long>();
}
