using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class ManualRunTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly AppFactory _app = shared.Factory;

    [Fact]
    public async Task ManualRun_CompletesInTheBackground_AndRecordsEveryStep()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.Greeting());

        var executionId = await client.StartRunAsync(workflowId, new { input = new { name = "Ada" } });
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("Hello Ada", execution["variables"]!["greeting"]!.GetValue<string>());
        Assert.NotNull(execution["startedAt"]);
        var steps = execution["steps"]!.AsArray();
        Assert.Equal(["start", "greet"], steps.Select(s => s!["stepSlug"]!.GetValue<string>()));
        Assert.Equal([1, 2], steps.Select(s => s!["sequence"]!.GetValue<int>()));
    }

    [Fact]
    public async Task FirstRuns_StartedAtOnce_AllStart_AndPublishTheDraftOnce()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(TestWorkflows.Greeting());

        var executionIds = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.StartRunAsync(workflowId, new { input = new { name = "Ada" } })));

        Assert.Equal(20, executionIds.Distinct().Count());
        var versions = await _app.QueryAsync(db => db.WorkflowVersions.CountAsync(v => v.WorkflowId == workflowId));
        Assert.Equal(1, versions);
    }

    [Fact]
    public async Task Api_RefusesRequests_WithoutAValidKey()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "wfk_not-a-key");

        using var response = await client.GetAsync("/api/workflows");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Api-Key", await response.Content.ReadAsStringAsync());
    }
}
