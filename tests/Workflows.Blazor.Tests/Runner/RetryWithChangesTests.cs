using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class RetryWithChangesTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task RetryWithChanges_RunsTheFailedStepAgainFromTheCorrectedInputAndVariables()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.GreetCustomer()), new { input = new { customer = new { id = "cust_1" } } });
        var failed = await api.WaitForStatusAsync(executionId, "failed");
        Assert.Equal("greet", failed["failedStep"]!.GetValue<string>());

        using var response = await api.PostAsJsonAsync($"/api/executions/{executionId}/retry",
            new { input = new { customer = new { id = "cust_1", name = "Ada" } }, variables = new { region = "north" } });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var execution = await api.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("Hello Ada from north", execution["variables"]!["greeting"]!.GetValue<string>());
        Assert.Equal("Ada", execution["input"]!["customer"]!["name"]!.GetValue<string>());
        Assert.Equal(["start", "prepare", "greet", "greet"], execution.StepSlugs());
        var audit = await _app.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditActions.ExecutionRetried));
        Assert.Equal(("Manual run of Greet a customer", $"/executions/{executionId}"), (audit.Target, audit.TargetLink));
        Assert.Equal("with corrected input and variables", audit.Details);
    }

    [Fact]
    public async Task RetryWithChanges_KeepsTheVariables_WhenOnlyTheInputIsCorrected()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.GreetCustomer()), new { input = new { customer = new { } } });
        await api.WaitForStatusAsync(executionId, "failed");

        using var response = await api.PostAsJsonAsync($"/api/executions/{executionId}/retry", new { input = new { customer = new { name = "Bo" } } });
        var execution = await api.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("Hello Bo from south", execution["variables"]!["greeting"]!.GetValue<string>());
    }

    [Fact]
    public async Task RetryWithChanges_MovesTheSubjectToTheNewCustomer_WhenTheInputNamesAnotherCustomer()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.GreetCustomer()), new { input = new { customerId = "cust_1", customer = new { } } });
        Assert.Equal("cust_1", (await api.WaitForStatusAsync(executionId, "failed"))["subjectId"]!.GetValue<string>());

        using var response = await api.PostAsJsonAsync($"/api/executions/{executionId}/retry", new { input = new { customerId = "cust_2", customer = new { name = "Bo" } } });
        var execution = await api.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("cust_2", execution["subjectId"]!.GetValue<string>());
        Assert.Equal("cust_2", (await _app.QueryAsync(db => db.Executions.AsNoTracking().SingleAsync(e => e.Id == executionId))).SubjectId);
    }

    [Fact]
    public async Task RetryWithChanges_KeepsTheSubjectTheCallerNamed_WhenTheInputChanges()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.GreetCustomer()),
            new { input = new { customerId = "cust_1", customer = new { } }, subjectId = "account_9" });
        await api.WaitForStatusAsync(executionId, "failed");

        using var response = await api.PostAsJsonAsync($"/api/executions/{executionId}/retry", new { input = new { customerId = "cust_2", customer = new { name = "Bo" } } });
        var execution = await api.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("account_9", execution["subjectId"]!.GetValue<string>());
    }

    [Fact]
    public async Task RetryWithChanges_Returns400Problem_WhenTheVariablesAreNotAnObject()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.GreetCustomer()), new { input = new { customer = new { } } });
        await api.WaitForStatusAsync(executionId, "failed");

        using var response = await api.PostAsJsonAsync($"/api/executions/{executionId}/retry", new { variables = new[] { 1, 2 } });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Variables must be a JSON object", problem["detail"]!.GetValue<string>());
        Assert.Equal("failed", (await api.GetExecutionAsync(executionId))["status"]!.GetValue<string>());
    }

    public void Dispose() => _app.Dispose();
}
