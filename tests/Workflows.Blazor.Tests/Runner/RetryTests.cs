using System.Net;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class RetryTests : IDisposable
{
    private readonly FailOnceAction _failOnce = new();
    private readonly AppFactory _app;

    public RetryTests() => _app = new AppFactory().WithAction(_failOnce);

    [Fact]
    public async Task Retry_RunsOnFromTheFailedStep_WithoutRerunningEarlierSteps()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.FailOnceInTheMiddle()));
        var failed = await api.WaitForStatusAsync(executionId, "failed");
        Assert.Equal("call", failed["failedStep"]!.GetValue<string>());

        using var response = await api.PostAsync($"/api/executions/{executionId}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var execution = await api.WaitForStatusAsync(executionId, "completed");

        Assert.Equal(2, _failOnce.Calls);
        Assert.Equal(["start", "prepare", "call", "call", "finish"], execution.StepSlugs());
        Assert.Equal(["completed", "completed", "failed", "completed", "completed"], execution.StepStatuses());
        Assert.Equal([1, 2, 3, 4, 5], execution.StepSequences());
        Assert.True(execution["error"] is null, $"The retried run still shows an error: {execution["error"]}");
    }

    [Fact]
    public async Task Retry_Returns409Problem_ForACompletedExecution()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.Greeting()));
        await api.WaitForStatusAsync(executionId, "completed");

        using var response = await api.PostAsync($"/api/executions/{executionId}/retry", null);

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    public void Dispose() => _app.Dispose();
}
