using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;
using Workflows.Blazor.Experiments;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Experiments;

/// <summary>The stats rollup's fold: in the background after an upgrade, and once only when two instances fold at once.</summary>
public sealed class StatsFoldTests : IDisposable
{
    private readonly AppFactory _app = new AppFactory().WithSetting("Stats:FoldOnRead", "5").WithSetting("Stats:BatchSize", "7");

    private async Task<(HttpClient Api, string WorkflowId)> RunContactsAsync(int contacts)
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(ExperimentWorkflows.WinBack());
        await api.ActivateAsync(workflowId);
        var runs = new List<string>();
        for (var i = 1; i <= contacts; i++)
        {
            runs.Add(await api.StartRunAsync(workflowId, new { input = new { customerId = $"cust_{i}" } }));
        }
        foreach (var run in runs)
        {
            await api.WaitForStatusAsync(run, "completed");
        }
        return (api, workflowId);
    }

    private static async Task<JsonObject> StatsAsync(HttpClient api, string workflowId) =>
        (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}/stats"))!;

    [Fact]
    public async Task Read_OnAnUnfoldedDatabase_AnswersWhatIsCountedSoFar_ThenAllOnceTheJobRan()
    {
        var (api, workflowId) = await RunContactsAsync(10);

        var early = await StatsAsync(api, workflowId);

        Assert.InRange(early["counted"]!.GetValue<double>(), 0, 0.99);
        Assert.Equal(0, early["runs"]!.GetValue<long>());
        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(0, await db.StatsCounts.CountAsync());
        }

        await _app.Services.GetRequiredService<StatsFoldJob>().Invoke();
        var late = await StatsAsync(api, workflowId);

        Assert.Equal((1.0, 10L), (late["counted"]!.GetValue<double>(), late["runs"]!.GetValue<long>()));
    }

    [Fact]
    public async Task TwoFolders_RacingOnOneDatabase_CountEveryRunAndConversionOnce()
    {
        var (api, workflowId) = await RunContactsAsync(12);
        for (var i = 1; i <= 12; i += 2)
        {
            await api.PublishEventAsync("order.placed", $"cust_{i}", new { total = 80 });
        }
        var contexts = _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        StatsRollup Folder() => new(contexts, Options.Create(new StatsSettings { BatchSize = 3 }));

        await Task.WhenAll(Task.Run(() => Folder().FoldAsync()), Task.Run(() => Folder().FoldAsync()));
        var stats = await StatsAsync(api, workflowId);

        Assert.Equal((12L, 6L), (stats["runs"]!.GetValue<long>(), stats["conversions"]!.GetValue<long>()));
        Assert.Equal(12, stats["steps"]!.AsArray().Single(s => s!["step"]!.GetValue<string>() == ExperimentWorkflows.Split)!["runs"]!.GetValue<long>());
    }

    public void Dispose() => _app.Dispose();
}
