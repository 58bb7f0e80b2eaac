using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Experiments;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Experiments;

/// <summary>The goals of published versions, read once per version rather than once per event.</summary>
public sealed class VersionGoalsTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly AppFactory _app = shared.Factory;

    private async Task<string> PublishedAsync(string definition)
    {
        var api = await _app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(definition);
        await api.ActivateAsync(workflowId);
        return workflowId;
    }

    private Task<IReadOnlyList<string>> GoalNamesAsync(string workflowId) => _app.QueryAsync(async db =>
        (IReadOnlyList<string>)[.. (await _app.Services.GetRequiredService<VersionGoals>().OfAsync(db, [(workflowId, 1)]))[(workflowId, 1)].Select(g => g.Name)]);

    [Fact]
    public async Task Goals_AreReadOncePerVersion_AndKeptAfterwards()
    {
        var workflowId = await PublishedAsync(ExperimentWorkflows.WinBack());
        Assert.Equal(["Big order"], await GoalNamesAsync(workflowId));

        // Were the version read again, it would now have no goals: published versions never change, so nothing reads it twice.
        await _app.QueryAsync(db => db.WorkflowVersions.Where(v => v.WorkflowId == workflowId)
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.DefinitionJson, x => x.DefinitionJson.Replace("Big order", "Renamed"))));

        Assert.Equal(["Big order"], await GoalNamesAsync(workflowId));
    }

    [Fact]
    public async Task Goals_AreNone_ForAVersionWithoutGoals()
    {
        var workflowId = await PublishedAsync(ExperimentWorkflows.WinBack(goals: "[]"));

        Assert.Empty(await GoalNamesAsync(workflowId));
    }

    [Fact]
    public async Task Goals_AreNone_ForAVersionThatIsGone()
    {
        Assert.Empty(await GoalNamesAsync("no-such-workflow"));
    }
}
