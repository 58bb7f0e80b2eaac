using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class ExecutionDetailTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Steps_ShowTheVariablesAsTheyWereAfterEachStep()
    {
        var api = await _app.CreateApiClientAsync();
        var executionId = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.GreetCustomer()), new { input = new { customer = new { name = "Ada" } } });

        var execution = await api.WaitForStatusAsync(executionId, "completed");

        var variables = execution["steps"]!.AsArray().Select(s => s!["variables"]?.ToJsonString()).ToList();
        Assert.Equal(["{}", """{"region":"south"}""", """{"region":"south","greeting":"Hello Ada from south"}"""], variables);
    }

    [Fact]
    public async Task Waits_ShowTheEventThatArrived_WithItsPayload()
    {
        var (api, executionId) = await StartWaitingForAnOpenAsync();
        var waiting = await api.GetExecutionAsync(executionId);
        var pending = Assert.Single(waiting["waits"]!.AsArray())!;
        Assert.Equal("waiting", pending["status"]!.GetValue<string>());

        _app.Clock.Advance(TimeSpan.FromHours(3));
        await api.PublishEventAsync("email.opened", "cust_1", new { campaign = "welcome" });
        var execution = await api.WaitForStatusAsync(executionId, "completed");

        var wait = Assert.Single(execution["waits"]!.AsArray())!;
        Assert.Equal("pause", wait["stepSlug"]!.GetValue<string>());
        Assert.Equal("event", wait["kind"]!.GetValue<string>());
        Assert.Equal("email.opened", wait["eventType"]!.GetValue<string>());
        Assert.Equal("arrived", wait["status"]!.GetValue<string>());
        Assert.Equal(_app.Clock.GetUtcNow(), wait["endedAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("welcome", wait["payload"]!["data"]!["campaign"]!.GetValue<string>());
    }

    [Fact]
    public async Task Waits_SayTimedOut_WhenTheEventNeverCame()
    {
        var (api, executionId) = await StartWaitingForAnOpenAsync();

        _app.Clock.Advance(TimeSpan.FromDays(2));
        await _app.TickAsync();
        var execution = await api.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("timed out", execution["waits"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task TriggerInfo_NamesTheEventThatStartedTheRun()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Note("""{ "type": "event", "eventType": "order.placed" }""", """{ "seen": true }"""));
        await api.ActivateAsync(workflowId);

        var published = await api.PublishEventAsync("order.placed", "cust_1", new { total = 12 });
        var executionId = published["startedExecutions"].Ids().Single();
        var execution = await api.WaitForStatusAsync(executionId, "completed");

        Assert.Equal(published["eventId"]!.GetValue<string>(), execution["triggerInfo"]!["eventId"]!.GetValue<string>());
        Assert.Equal(12, execution["input"]!["data"]!["total"]!.GetValue<int>());
    }

    /// <summary>A run about cust_1 that waits up to two days for <c>email.opened</c>.</summary>
    private async Task<(HttpClient Api, string ExecutionId)> StartWaitingForAnOpenAsync()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.WaitThenGreet("""{ "event": "email.opened", "timeout": "2 days" }"""));
        var executionId = await api.StartRunAsync(workflowId, new { input = new { customerId = "cust_1" } });
        await api.WaitForStatusAsync(executionId, "waiting");
        return (api, executionId);
    }

    public void Dispose() => _app.Dispose();
}
