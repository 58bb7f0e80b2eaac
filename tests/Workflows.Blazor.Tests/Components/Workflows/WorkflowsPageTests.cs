using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Components.Pages;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Components.Workflows;

public sealed class WorkflowsPageTests : AppComponentTest
{
    private const string Unknown = """
        { "name": "Broken", "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "send" } },
            { "stepSlug": "send", "stepType": "action", "config": { "type": "no_such_action" }, "nextSteps": { "success": "end", "error": "end" } } ] }
        """;

    [Fact]
    public void WorkflowsPage_SaysWhatToDo_WhenNoWorkflowIsSaved()
    {
        var cut = Render<WorkflowsPage>();

        var empty = cut.WaitForElement("[data-testid=empty-state]");
        Assert.Contains("No workflows yet", empty.TextContent);
        Assert.Contains("import a workflow JSON file", empty.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=workflows-table]"));
        Assert.NotEmpty(cut.FindAll("[data-testid=use-template]"));
    }

    [Fact]
    public async Task WorkflowsPage_ShowsAWorkflowActivatedElsewhere_WithoutBeingReloaded()
    {
        var greeting = await ImportAsync(TestWorkflows.Greeting());
        var cut = Render<WorkflowsPage>();
        cut.WaitForAssertion(() => Assert.Contains("Draft", cut.Find("[data-testid=workflows-table] [data-testid=workflow-status]").TextContent));

        await Commands.ActivateAsync(greeting, "someone-else@example.com");

        cut.WaitForAssertion(() => Assert.Contains("Active · v1", cut.Find("[data-testid=workflows-table] [data-testid=workflow-status]").TextContent));
    }

    [Fact]
    public async Task WorkflowsPage_ListsWorkflows_WithStatusTriggerAndLastRun()
    {
        var greeting = await ImportAsync(TestWorkflows.Greeting());
        var hook = await ImportAsync(TestWorkflows.Webhook("/webhooks/orders"));
        await Commands.ActivateAsync(hook, "designer@example.com");
        await AddRunAsync(greeting, ExecutionStatus.Completed, TimeSpan.FromHours(3));
        var latest = await AddRunAsync(greeting, ExecutionStatus.Failed, TimeSpan.FromMinutes(5), "greet");

        var cut = Render<WorkflowsPage>();

        var rows = cut.WaitForElements("[data-testid=workflows-table] tbody tr", 2);
        Assert.Contains("Greeting", rows[0].TextContent);
        Assert.Contains("Draft", rows[0].QuerySelector("[data-testid=workflow-status]")!.TextContent);
        Assert.Contains("Manual", rows[0].TextContent);
        var lastRun = rows[0].QuerySelector("[data-testid=last-run]")!;
        Assert.Equal($"executions/{latest}", lastRun.GetAttribute("href"));
        Assert.Contains("Failed", lastRun.TextContent);
        Assert.Contains("5 minutes ago", rows[0].TextContent);
        Assert.Contains("Active · v1", rows[1].QuerySelector("[data-testid=workflow-status]")!.TextContent);
        Assert.Contains("Webhook", rows[1].TextContent);
        Assert.Contains("never", rows[1].TextContent);
    }

    [Fact]
    public async Task WorkflowsPage_ShowsOnlyMatchingWorkflows_WhenSearching()
    {
        await ImportAsync(TestWorkflows.Greeting());
        await ImportAsync(TestWorkflows.Note("""{ "type": "manual" }""", """{ "a": 1 }"""));
        var cut = Render<WorkflowsPage>();
        cut.WaitForElements("[data-testid=workflows-table] tbody tr", 2);

        cut.Find("input[data-testid=workflows-search]").Input("gree");

        var row = Assert.Single(cut.FindAll("[data-testid=workflows-table] tbody tr"));
        Assert.Contains("Greeting", row.TextContent);
    }

    [Fact]
    public async Task WorkflowsPage_DeletesAWorkflow_OnlyAfterConfirmation()
    {
        var id = await ImportAsync(TestWorkflows.Greeting());
        var hosts = RenderHosts();
        var cut = Render<WorkflowsPage>();
        cut.WaitForElement("[data-testid=workflow-actions] button");

        await OpenMenuItemAsync(cut, hosts, "action-delete");
        var dialog = hosts.WaitForElement(".mud-dialog");
        Assert.Contains("Delete Greeting and all its versions?", dialog.TextContent);
        Buttons(dialog).Single(b => b.TextContent.Trim() == "Cancel").Click();
        Assert.Single(await Store.ListAsync());

        await OpenMenuItemAsync(cut, hosts, "action-delete");
        Buttons(hosts.WaitForElement(".mud-dialog")).Single(b => b.TextContent.Trim() == "Delete").Click();

        cut.WaitForAssertion(() => Assert.Contains("No workflows yet", cut.Markup));
        Assert.Empty(await Store.ListAsync());
        var audit = await App.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.WorkflowDeleted));
        Assert.Equal(("Greeting", null, "Designer@example.com"), (audit.Target, audit.TargetLink, audit.Actor));
    }

    [Fact]
    public async Task WorkflowsPage_Duplicates_AsANewDraftCalledCopy()
    {
        await ImportAsync(TestWorkflows.Greeting());
        var hosts = RenderHosts();
        var cut = Render<WorkflowsPage>();
        cut.WaitForElement("[data-testid=workflow-actions] button");

        await OpenMenuItemAsync(cut, hosts, "action-duplicate");

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=workflows-table] tbody tr").Count));
        Assert.Equal(["Greeting", "Greeting (copy)"], (await Store.ListAsync()).Select(w => w.Name));
    }

    [Fact]
    public async Task WorkflowsPage_RefusesActivation_AndSaysWhich_WhileErrorsRemain()
    {
        await ImportAsync(Unknown);
        var hosts = RenderHosts();
        var cut = Render<WorkflowsPage>();
        cut.WaitForElement("[data-testid=workflow-actions] button");

        await OpenMenuItemAsync(cut, hosts, "action-activate");

        var refusal = cut.WaitForElement("[data-testid=activation-refused]");
        Assert.Contains("Broken cannot be activated", refusal.TextContent);
        Assert.Contains("no_such_action", refusal.TextContent);
        Assert.False((await Store.ListAsync())[0].IsActive);
    }

    [Fact]
    public async Task ImportDialog_ShowsTheFormatError_AndDoesNotOfferToSave_WhenTheTextIsNotAWorkflow()
    {
        var hosts = RenderHosts();
        var cut = Render<WorkflowsPage>();
        cut.Find("[data-testid=import-workflow]").Click();
        var dialog = hosts.WaitForElement("[data-testid=import-dialog]");

        hosts.Find("textarea[data-testid=import-json]").Input("""{ "name": "x", "steps": [ { "stepType": "action" } ] }""");

        var error = hosts.WaitForElement("[data-testid=import-error]");
        Assert.Contains("every step needs a \"stepSlug\"", error.TextContent);
        Assert.Contains("$.steps[0].stepSlug", error.TextContent);
        Assert.True(hosts.Find("[data-testid=import-save]").HasAttribute("disabled"));

        hosts.Find("textarea[data-testid=import-json]").Input("{ not json");
        Assert.Contains("not valid JSON", hosts.WaitForElement("[data-testid=import-error]").TextContent);
        Assert.DoesNotContain("Exception", hosts.Markup);
        _ = dialog;
    }

    [Fact]
    public async Task ImportDialog_ShowsValidationFindings_ThenImportsTheDraft()
    {
        var hosts = RenderHosts();
        var cut = Render<WorkflowsPage>();
        cut.Find("[data-testid=import-workflow]").Click();
        hosts.WaitForElement("[data-testid=import-dialog]");

        hosts.Find("textarea[data-testid=import-json]").Input(Unknown);

        Assert.Contains("1 error(s)", hosts.WaitForElement("[data-testid=import-summary]").TextContent);
        Assert.Contains("no_such_action", hosts.Find("[data-testid=findings]").TextContent);
        hosts.Find("[data-testid=import-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Broken", cut.Find("[data-testid=workflows-table]").TextContent));
        Assert.Equal("Broken", Assert.Single(await Store.ListAsync()).Name);
    }

    private static async Task OpenMenuItemAsync(IRenderedComponent<WorkflowsPage> cut, IRenderedComponent<MudHosts> hosts, string item)
    {
        await cut.Find("[data-testid=workflow-actions] button").ClickAsync(new());
        hosts.WaitForElement($"[data-testid={item}]").Click();
    }

    private static IEnumerable<AngleSharp.Dom.IElement> Buttons(AngleSharp.Dom.IElement dialog) => dialog.QuerySelectorAll("button");
}
