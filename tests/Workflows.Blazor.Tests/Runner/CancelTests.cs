using System.Net;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class CancelTests : IDisposable
{
    private readonly BlockingAction _block = new();
    private readonly AppFactory _app;

    public CancelTests() => _app = new AppFactory().WithAction(_block);

    [Fact]
    public async Task Cancel_EndsAWaitingExecution_AndItsTimerNeverFires()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "1 hour" }"""));
        var executionId = await api.StartRunAsync(workflowId);
        await api.WaitForStatusAsync(executionId, "waiting");

        using var response = await api.PostAsync($"/api/executions/{executionId}/cancel", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        _app.Clock.Advance(TimeSpan.FromHours(2));
        await _app.TickAsync();

        var execution = await api.GetExecutionAsync(executionId);
        Assert.Equal("cancelled", execution["status"]!.GetValue<string>());
        Assert.Equal(["start", "pause"], execution.StepSlugs());
        var timer = await _app.QueryAsync(db => db.Timers.AsNoTracking().SingleAsync(t => t.ExecutionId == executionId));
        Assert.Equal(TimerStatus.Cancelled, timer.Status);
    }

    [Fact]
    public async Task Cancel_StopsARunningExecution_InsideItsStep()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.Blocking()));
        await _block.Started.WaitAsync(TimeSpan.FromSeconds(20));

        using var response = await api.PostAsync($"/api/executions/{executionId}/cancel", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var execution = await api.WaitForStatusAsync(executionId, "cancelled");

        Assert.Equal(["start"], execution.StepSlugs());
        Assert.Equal("block", execution["currentStep"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_Returns409Problem_ForACompletedExecution()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.Greeting()));
        await api.WaitForStatusAsync(executionId, "completed");

        using var response = await api.PostAsync($"/api/executions/{executionId}/cancel", null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("completed", problem["detail"]!.GetValue<string>());
    }

    public void Dispose() => _app.Dispose();
}
