using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Experiments;

/// <summary><c>POST /api/workflows/{id}/experiments/{step}/end</c>: a new, active, audited version in which everyone takes the winner.</summary>
public sealed class EndExperimentApiTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly AppFactory _app = shared.Factory;

    private async Task<(HttpClient Api, string WorkflowId)> ExperimentAsync()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(ExperimentWorkflows.WinBack());
        await api.ActivateAsync(workflowId);
        return (api, workflowId);
    }

    private static Task<HttpResponseMessage> EndAsync(HttpClient api, string workflowId, object body, string step = ExperimentWorkflows.Split) =>
        api.PostAsJsonAsync($"/api/workflows/{workflowId}/experiments/{step}/end", body);

    [Fact]
    public async Task End_PublishesAnActiveVersion_WhereEveryoneTakesTheWinner()
    {
        var (api, workflowId) = await ExperimentAsync();

        using var response = await EndAsync(api, workflowId, new { path = "B" });
        await response.EnsureSuccessWithBodyAsync();

        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
        var workflow = (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}"))!;
        Assert.Equal(2, workflow["activeVersion"]!.GetValue<int>());
        var runs = new List<string>();
        foreach (var customer in Enumerable.Range(1, 12).Select(i => $"cust_{i}"))
        {
            runs.Add(await api.StartRunAsync(workflowId, new { input = new { customerId = customer } }));
        }
        foreach (var run in runs)
        {
            await api.WaitForStatusAsync(run, "completed");
        }
        var stats = (await api.GetFromJsonAsync<JsonObject>($"/api/workflows/{workflowId}/stats?version=2"))!;
        var split = stats["splits"]![0]!;
        Assert.Equal("B", split["winner"]!["path"]!.GetValue<string>());
        Assert.Equal([0, 12, 0], split["paths"]!.AsArray().Select(p => p!["entered"]!.GetValue<long>()));
    }

    [Fact]
    public async Task End_IsAudited_WithTheWinnerAndTheResult()
    {
        var (api, workflowId) = await ExperimentAsync();

        using var response = await EndAsync(api, workflowId, new { path = "A" });
        await response.EnsureSuccessWithBodyAsync();

        var entry = await _app.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.ExperimentEnded && a.TargetLink == $"/workflows/{workflowId}"));
        Assert.Equal("Win back", entry.Target);
        Assert.StartsWith("version 2: ended the experiment 'ab_test': everyone takes path A. A 0% of 0 · B 0% of 0 · Holdout 0% of 0 converted (Big order).", entry.Details);
    }

    [Fact]
    public async Task End_KeepsTheDraftsOtherEdits_OutOfTheNewVersion()
    {
        var (api, workflowId) = await ExperimentAsync();
        await _app.Services.GetRequiredService<WorkflowCommands>()
            .SaveDraftAsync(workflowId, WorkflowJson.Parse(ExperimentWorkflows.WinBack().Replace("Free shipping", "Free gift")), "designer");

        using var response = await EndAsync(api, workflowId, new { path = "B" });
        await response.EnsureSuccessWithBodyAsync();

        var version = await api.GetStringAsync($"/api/workflows/{workflowId}/export?version=2");
        Assert.Contains("Free shipping", version);
        var draft = await api.GetStringAsync($"/api/workflows/{workflowId}/export");
        Assert.Contains("Free gift", draft);
        Assert.Contains("\"winner\"", draft);
    }

    [Theory]
    [InlineData("Holdout", HttpStatusCode.BadRequest)]
    [InlineData("C", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task End_IsRefusedWithAProblem_ForAPathEveryoneCannotTake(string path, HttpStatusCode status)
    {
        var (api, workflowId) = await ExperimentAsync();

        using var response = await EndAsync(api, workflowId, new { path });

        await response.AssertProblemAsync(status);
    }

    [Fact]
    public async Task End_IsAConflict_WhenTheExperimentAlreadyEnded()
    {
        var (api, workflowId) = await ExperimentAsync();
        using var first = await EndAsync(api, workflowId, new { path = "B" });
        await first.EnsureSuccessWithBodyAsync();

        using var again = await EndAsync(api, workflowId, new { path = "A" });

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task End_IsNotFound_ForAStepThatIsNoSplit()
    {
        var (api, workflowId) = await ExperimentAsync();

        using var response = await EndAsync(api, workflowId, new { path = "B" }, step: "offer_a");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
