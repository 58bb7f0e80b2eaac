using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

public sealed class RetentionPerWorkflowTests : IDisposable
{
    private readonly AppFactory _app = new AppFactory().WithSetting("Runner:RetentionPerWorkflow", "2");

    [Fact]
    public async Task Prune_KeepsOnlyTheNewestRunsOfEachWorkflow()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Greeting());
        var runs = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var id = await api.StartRunAsync(workflowId);
            await api.WaitForStatusAsync(id, "completed");
            runs.Add(id);
            _app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var pruned = await _app.Services.GetRequiredService<ExecutionPruner>().PruneAsync();

        Assert.Equal(2, pruned);
        foreach (var (id, kept) in runs.Zip([false, false, true, true]))
        {
            using var response = await api.GetAsync($"/api/executions/{id}");
            Assert.Equal(kept, response.IsSuccessStatusCode);
        }
    }

    public void Dispose() => _app.Dispose();
}
