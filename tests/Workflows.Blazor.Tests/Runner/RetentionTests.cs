using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class RetentionTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task Prune_DeletesFinishedRunsOlderThanTheRetention_AndKeepsWaitingOnes()
    {
        var api = await _app.CreateApiClientAsync();
        var finished = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.Greeting()));
        await api.WaitForStatusAsync(finished, "completed");
        var waiting = await api.StartRunAsync(await api.ImportAsync(TestWorkflows.WaitThenGreet("""{ "event": "email.opened" }""")));
        await api.WaitForStatusAsync(waiting, "waiting");

        _app.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await _app.Services.GetRequiredService<ExecutionPruner>().PruneAsync());

        _app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await _app.Services.GetRequiredService<ExecutionPruner>().PruneAsync());

        using var gone = await api.GetAsync($"/api/executions/{finished}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("waiting", (await api.GetExecutionAsync(waiting))["status"]!.GetValue<string>());
    }

    public void Dispose() => _app.Dispose();
}
