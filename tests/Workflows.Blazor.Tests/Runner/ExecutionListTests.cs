using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Runner;

public sealed class ExecutionListTests : IDisposable
{
    private readonly AppFactory _app = new();

    private ExecutionQueries Queries => _app.Services.GetRequiredService<ExecutionQueries>();

    [Fact]
    public async Task List_NarrowsByWorkflowStatusTimeAndSearch_NewestFirst()
    {
        var api = await _app.CreateApiClientAsync();
        var greeting = await api.ImportAsync(TestWorkflows.Greeting());
        var waiting = await api.ImportAsync(TestWorkflows.WaitThenGreet("""{ "duration": "1 day" }"""));
        var old = await api.StartRunAsync(greeting, new { input = new { name = "Old" } });
        await api.WaitForStatusAsync(old, "completed");
        _app.Clock.Advance(TimeSpan.FromHours(2));
        var recent = await api.StartRunAsync(greeting, new { input = new { name = "Recent" } });
        await api.WaitForStatusAsync(recent, "completed");
        var paused = await api.StartRunAsync(waiting);
        await api.WaitForStatusAsync(paused, "waiting");

        var all = await Queries.ListAsync(new ExecutionFilter(), 0, 10);
        var ofGreeting = await Queries.ListAsync(new ExecutionFilter { WorkflowId = greeting }, 0, 10);
        var lastHour = await Queries.ListAsync(new ExecutionFilter { Since = _app.Clock.GetUtcNow().AddHours(-1) }, 0, 10);
        var waitingOnly = await Queries.ListAsync(new ExecutionFilter { Status = ExecutionStatus.Waiting }, 0, 10);
        var byInput = await Queries.ListAsync(new ExecutionFilter { Search = "Recent" }, 0, 10);
        var inputOnly = await Queries.ListAsync(new ExecutionFilter { Search = "Hello Old" }, 0, 10);
        var byOutput = await Queries.ListAsync(new ExecutionFilter { Search = "Hello Old", SearchOutputs = true }, 0, 10);

        Assert.Equal([paused, recent, old], all.Items.Select(e => e.Id));
        Assert.Equal([recent, old], ofGreeting.Items.Select(e => e.Id));
        Assert.Equal([paused, recent], lastHour.Items.Select(e => e.Id));
        Assert.Equal([paused], waitingOnly.Items.Select(e => e.Id));
        Assert.Equal([recent], byInput.Items.Select(e => e.Id));
        Assert.Empty(inputOnly.Items);
        Assert.Equal([old], byOutput.Items.Select(e => e.Id));
        Assert.Equal("Greeting", ofGreeting.Items[0].WorkflowName);
    }

    public void Dispose() => _app.Dispose();
}
