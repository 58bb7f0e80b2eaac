using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Editor;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Editor;

/// <summary>The editor's Save, Publish, Activate and Test run against the real store: saved first, refused with errors, failures told.</summary>
public sealed class EditorReleaseTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string Designer = "designer@example.com";

    private readonly AppFactory _app = shared.Factory;

    private EditorRelease Release => _app.Services.GetRequiredService<EditorRelease>();

    private WorkflowStore Store => _app.Services.GetRequiredService<WorkflowStore>();

    private async Task<(string Id, EditorSession Session)> OpenAsync(string json)
    {
        var (id, _) = await _app.Services.GetRequiredService<WorkflowCommands>().ImportAsync(WorkflowJson.Parse(json), Designer);
        return (id, new EditorSession(await Store.GetDraftAsync(id), _app.Services.GetRequiredService<WorkflowValidator>()));
    }

    private static void Rename(EditorSession session, string name) => session.Apply("Rename workflow", d => d with { Name = name });

    [Fact]
    public async Task SaveAsync_SaysNothing_WhenNothingChanged()
    {
        var (id, session) = await OpenAsync(TestWorkflows.Greeting());

        var outcome = await Release.SaveAsync(id, session, Designer);

        Assert.Empty(outcome.Notices);
    }

    [Fact]
    public async Task SaveAsync_StoresTheDraft_AndMarksTheSessionSaved()
    {
        var (id, session) = await OpenAsync(TestWorkflows.Greeting());
        Rename(session, "Greeting, renamed");

        var outcome = await Release.SaveAsync(id, session, Designer);

        Assert.Equal([new EditorNotice("Saved.", EditorNoticeKind.Success)], outcome.Notices);
        Assert.False(session.IsDirty);
        Assert.Equal("Greeting, renamed", (await Store.GetDraftAsync(id)).Name);
    }

    [Fact]
    public async Task ActivateAsync_SavesFirst_AndActivatesTheSavedDraft()
    {
        var (id, session) = await OpenAsync(TestWorkflows.Greeting());
        Rename(session, "Greeting, renamed");

        var outcome = await Release.ActivateAsync(id, session, Designer);

        Assert.Equal(["Saved.", "Version 1 is active."], outcome.Notices.Select(n => n.Text));
        Assert.Equal((true, 1), (outcome.Active, outcome.ActiveVersion));
        Assert.Equal("Greeting, renamed", (await Store.GetVersionAsync(id, 1)).Definition.Name);
        Assert.True((await Store.GetAsync(id)).IsActive);
    }

    [Fact]
    public async Task ActivateAsync_IsRefused_WhenTheDraftHasErrors()
    {
        var (id, session) = await OpenAsync(TestWorkflows.BrokenLink());

        var outcome = await Release.ActivateAsync(id, session, Designer);

        Assert.True(outcome.ShowProblems);
        Assert.Equal([new EditorNotice("Fix the 1 error(s) in Problems before you activate.", EditorNoticeKind.Warning)], outcome.Notices);
        Assert.False((await Store.GetAsync(id)).IsActive);
    }

    [Fact]
    public async Task StartTestRunAsync_RunsTheVersionItJustPublished_AsATest()
    {
        var (id, session) = await OpenAsync(TestWorkflows.Greeting());
        await Release.PublishAsync(id, session, Designer);
        Rename(session, "Greeting, second");

        var outcome = await Release.StartTestRunAsync(id, session, new JsonObject { ["name"] = "Ada" }, Designer);

        var run = Assert.Single(await _app.ExecutionsOfAsync(id));
        Assert.Equal(outcome.TestRunId, run.Id);
        Assert.True(run.IsTest);
        Assert.Equal(2, run.Version);
        Assert.Equal("Greeting, second", (await Store.GetVersionAsync(id, 2)).Definition.Name);
        Assert.Equal(["Saved."], outcome.Notices.Select(n => n.Text));
    }

    [Fact]
    public async Task PublishAsync_TellsTheStoresRefusal_WhenTheWorkflowWasDeleted()
    {
        var (id, session) = await OpenAsync(TestWorkflows.Greeting());
        await _app.Services.GetRequiredService<WorkflowCommands>().DeleteAsync(id, Designer);

        var outcome = await Release.PublishAsync(id, session, Designer);

        Assert.Equal(EditorNoticeKind.Error, Assert.Single(outcome.Notices).Kind);
        Assert.Null(outcome.Active);
    }
}
