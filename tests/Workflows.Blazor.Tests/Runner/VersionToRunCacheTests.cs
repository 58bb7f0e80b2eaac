using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Runner;

/// <summary>
/// A run starts on the version kept from the last start; a publish, an activation or a deactivation in this app must be
/// seen by the very next start, and one made by another instance once the kept entry expires.
/// </summary>
public sealed class VersionToRunCacheTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task InactiveWorkflow_NextRunStartsOnTheVersionJustPublished()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Greeting());
        Assert.Equal(1, await RunVersionAsync(api, workflowId));
        Assert.Equal(1, await RunVersionAsync(api, workflowId));

        await _app.SaveDraftAsync(workflowId, TestWorkflows.Note("""{ "type": "manual" }""", """{ "edited": true }"""));
        Assert.Equal(2, await api.PublishAsync(workflowId));

        Assert.Equal(2, await RunVersionAsync(api, workflowId));
    }

    [Fact]
    public async Task ActiveWorkflow_KeepsItsVersionThroughAPublish_AndRunsTheNewOneRightAfterActivation()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Greeting());
        await api.ActivateAsync(workflowId);
        Assert.Equal(1, await RunVersionAsync(api, workflowId));

        await _app.SaveDraftAsync(workflowId, TestWorkflows.Note("""{ "type": "manual" }""", """{ "edited": true }"""));
        Assert.Equal(2, await api.PublishAsync(workflowId));
        Assert.Equal(1, await RunVersionAsync(api, workflowId));

        await api.ActivateAsync(workflowId);
        Assert.Equal(2, await RunVersionAsync(api, workflowId));
    }

    [Fact]
    public async Task ActivationByAnotherInstance_IsSeenHereOnceTheKeptEntryExpires()
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(TestWorkflows.Greeting());
        await api.ActivateAsync(workflowId);
        await _app.SaveDraftAsync(workflowId, TestWorkflows.Note("""{ "type": "manual" }""", """{ "edited": true }"""));
        Assert.Equal(2, await api.PublishAsync(workflowId));
        Assert.Equal(1, await RunVersionAsync(api, workflowId));

        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            await db.Workflows.Where(w => w.Id == workflowId).ExecuteUpdateAsync(set => set.SetProperty(w => w.ActiveVersion, 2));
        }
        Assert.Equal(1, await RunVersionAsync(api, workflowId));
        _app.Clock.Advance(VersionToRunCache.Lifetime);

        Assert.Equal(2, await RunVersionAsync(api, workflowId));
    }

    private static async Task<int> RunVersionAsync(HttpClient api, string workflowId)
    {
        var execution = await api.WaitForStatusAsync(await api.StartRunAsync(workflowId), "completed");
        return execution["version"]!.GetValue<int>();
    }

    public void Dispose() => _app.Dispose();
}
