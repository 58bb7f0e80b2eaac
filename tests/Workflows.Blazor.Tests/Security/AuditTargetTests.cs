using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Security;

/// <summary>What the workflow and journey command services write in the audit log: one entry per change, naming its target and linking to it.</summary>
public sealed class AuditTargetTests : IDisposable
{
    private const string Designer = "designer@example.com";

    private readonly AppFactory _app = new();

    private WorkflowCommands Commands => _app.Services.GetRequiredService<WorkflowCommands>();

    [Fact]
    public async Task BlankWorkflow_IsAuditedAsCreated_NotAsImported()
    {
        var (id, _) = await Commands.CreateAsync("Spring sale", Designer);

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal((AuditActions.WorkflowCreated, "Spring sale", $"/workflows/{id}"), (entry.Action, entry.Target, entry.TargetLink));
    }

    [Fact]
    public async Task Publish_IsAuditedOnce_WhenTheUnchangedDraftIsPublishedAgain()
    {
        var (id, _) = await Commands.ImportAsync(WorkflowJson.Parse(TestWorkflows.Greeting()), Designer);

        await Commands.PublishAsync(id, Designer);
        await Commands.PublishAsync(id, Designer);
        await Commands.ActivateAsync(id, Designer);

        var entries = await EntriesAsync();
        Assert.Equal([AuditActions.WorkflowImported, AuditActions.WorkflowPublished, AuditActions.WorkflowActivated], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("Greeting", $"/workflows/{id}"), (e.Target, e.TargetLink)));
    }

    [Fact]
    public async Task Activation_AuditsThePublishItMadeOnTheWay()
    {
        var (id, _) = await Commands.ImportAsync(WorkflowJson.Parse(TestWorkflows.Greeting()), Designer);

        await Commands.ActivateAsync(id, Designer);

        Assert.Equal([AuditActions.WorkflowImported, AuditActions.WorkflowPublished, AuditActions.WorkflowActivated], (await EntriesAsync()).Select(e => e.Action));
    }

    [Fact]
    public async Task Duplicate_IsAuditedAsCreated_UnderTheCopysName()
    {
        var (id, _) = await Commands.ImportAsync(WorkflowJson.Parse(TestWorkflows.Greeting()), Designer);

        var copy = await Commands.DuplicateAsync(id, Designer);

        var entry = (await EntriesAsync())[^1];
        Assert.Equal((AuditActions.WorkflowCreated, "Greeting (copy)", $"/workflows/{copy}", "copy of Greeting"), (entry.Action, entry.Target, entry.TargetLink, entry.Details));
    }

    [Fact]
    public async Task JourneySaves_AreAudited_UnderTheJourneysName()
    {
        var api = await _app.CreateApiClientAsync();
        var definition = new JsonObject { ["name"] = "Welcome", ["policy"] = "Greet new customers.", ["actions"] = new JsonArray(new JsonObject { ["action"] = "email_send" }) };
        var journeyId = await api.CreateJourneyAsync(definition);

        using var saved = await api.PutAsJsonAsync($"/api/journeys/{journeyId}", definition);
        await saved.EnsureSuccessWithBodyAsync();

        var entries = await EntriesAsync();
        Assert.Equal([AuditActions.JourneyCreated, AuditActions.JourneySaved], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("Welcome", $"/journeys/{journeyId}", "api key tests"), (e.Target, e.TargetLink, e.Actor)));
    }

    [Fact]
    public async Task DraftSave_IsAuditedOnce_SayingWhatChanged()
    {
        var (id, _) = await Commands.ImportAsync(WorkflowJson.Parse(TestWorkflows.Greeting()), Designer);
        var draft = WorkflowJson.Parse(TestWorkflows.Greeting());
        var thank = new StepDefinition("thank", StepTypes.Action, new JsonObject { ["type"] = "set_variables", ["parameters"] = new JsonObject { ["thanked"] = true } },
            new Dictionary<string, string> { [Ports.Success] = "end" }) { Name = "Thank them" };

        await Commands.SaveDraftAsync(id, draft with
        {
            Steps = [draft.Steps[0] with { Position = new CanvasPosition(40, 80) }, draft.Steps[1] with { Name = "Say hello" }, thank],
        }, Designer);

        var entries = await EntriesAsync();
        Assert.Equal([AuditActions.WorkflowImported, AuditActions.WorkflowSaved], entries.Select(e => e.Action));
        Assert.Equal(("Greeting", $"/workflows/{id}", Designer, "added Thank them; changed Say hello; moved 1 step"),
            (entries[1].Target, entries[1].TargetLink, entries[1].Actor, entries[1].Details));
    }

    [Fact]
    public async Task DraftSave_WritesNoEntry_WhenTheDraftIsUnchanged()
    {
        var (id, _) = await Commands.ImportAsync(WorkflowJson.Parse(TestWorkflows.Greeting()), Designer);

        await Commands.SaveDraftAsync(id, WorkflowJson.Parse(TestWorkflows.Greeting()), Designer);

        Assert.Equal([AuditActions.WorkflowImported], (await EntriesAsync()).Select(e => e.Action));
    }

    private Task<List<AuditEntryEntity>> EntriesAsync() =>
        _app.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => !e.Action.StartsWith("apikey.")).OrderBy(e => e.Id).ToListAsync());

    public void Dispose() => _app.Dispose();
}
