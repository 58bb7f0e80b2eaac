using System.Net;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class VersionTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Execution_RunsTheVersionItStartedOn_AfterANewVersionIsPublished()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Versioned("v1_step"));
        var onV1 = await api.StartRunAsync(workflowId);
        await api.WaitForStatusAsync(onV1, "waiting");

        await _app.SaveDraftAsync(workflowId, TestWorkflows.Versioned("v2_step"));
        Assert.Equal(2, await api.PublishAsync(workflowId));
        var onV2 = await api.StartRunAsync(workflowId);
        await api.WaitForStatusAsync(onV2, "waiting");
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await _app.TickAsync();
        var first = await api.WaitForStatusAsync(onV1, "completed");
        var second = await api.WaitForStatusAsync(onV2, "completed");

        Assert.Equal(1, first["version"]!.GetValue<int>());
        Assert.Equal(["start", "pause", "pause", "v1_step"], first.StepSlugs());
        Assert.Equal(2, second["version"]!.GetValue<int>());
        Assert.Equal(["start", "pause", "pause", "v2_step"], second.StepSlugs());
    }

    [Fact]
    public async Task Publish_Returns422ProblemListingFindings_WhenTheDraftHasErrors()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.BrokenLink());

        using var response = await api.PostAsync($"/api/workflows/{workflowId}/publish", null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var finding = Assert.Single(problem["findings"]!.AsArray(), f => f!["severity"]!.GetValue<string>() == "error")!;
        Assert.Equal("missing-target", finding["code"]!.GetValue<string>());
        Assert.Equal("start", finding["stepSlug"]!.GetValue<string>());
    }

    public void Dispose() => _app.Dispose();
}
