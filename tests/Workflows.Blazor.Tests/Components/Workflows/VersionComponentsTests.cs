using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Components.Pages;
using Workflows.Blazor.Components.Pages.Versions;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Diff;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Components.Workflows;

public sealed class VersionComponentsTests(SharedApp shared) : AppComponentTest(shared), IClassFixture<SharedApp>
{
    private static readonly WorkflowDefinition Greeting = WorkflowJson.Parse(TestWorkflows.Greeting());

    /// <summary>The greeting with a changed parameter, a new step on the error port, and the trigger renamed.</summary>
    private static readonly WorkflowDefinition Edited = WorkflowJson.Parse("""
        {
          "name": "Greeting",
          "steps": [
            { "stepSlug": "begin", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "greet" } },
            { "stepSlug": "greet", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "greeting": "Welcome {{input.name}}" } },
              "nextSteps": { "success": "end", "error": "log" } },
            { "stepSlug": "log", "stepType": "action", "config": { "type": "set_variables", "parameters": { "failed": true } } }
          ]
        }
        """);

    [Fact]
    public void DiffList_ColourCodesAddedRemovedAndChangedSteps_WithTheirFieldsAndLinks()
    {
        var cut = Render<VersionDiffList>(p => p.Add(c => c.Diff, WorkflowDiff.Compare(Greeting, Edited)).Add(c => c.BeforeLabel, "v1").Add(c => c.AfterLabel, "v2"));

        var steps = cut.FindAll("[data-testid=diff-step]");
        Assert.Equal([("begin", "added"), ("greet", "changed"), ("log", "added"), ("start", "removed")],
            steps.Select(s => (s.GetAttribute("data-slug"), s.GetAttribute("data-kind"))));
        Assert.Contains("diff-added", steps[0].ClassName);
        Assert.Contains("diff-changed", steps[1].ClassName);
        Assert.Contains("diff-removed", steps[3].ClassName);
        var field = steps[1].QuerySelector("[data-testid=diff-field]")!;
        Assert.Contains("config.parameters.greeting", field.TextContent);
        Assert.Equal("Hello {{input.name}}", field.QuerySelector("del")!.TextContent);
        Assert.Equal("Welcome {{input.name}}", field.QuerySelector("ins")!.TextContent);
        var link = steps[1].QuerySelector("[data-testid=diff-link]")!;
        Assert.Equal(("error →", "end", "log"), (link.QuerySelector(".diff-path")!.TextContent, link.QuerySelector("del")!.TextContent, link.QuerySelector("ins")!.TextContent));
        Assert.Contains("From v1 to v2: 2 added, 1 removed, 1 changed", cut.Find("[data-testid=diff-summary]").TextContent);
    }

    [Fact]
    public void DiffList_SaysTheyAreTheSame_WhenNothingDiffers()
    {
        var cut = Render<VersionDiffList>(p => p.Add(c => c.Diff, WorkflowDiff.Compare(Greeting, Greeting)));

        Assert.Contains("are the same", cut.Find("[data-testid=diff-empty]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=diff-step]"));
    }

    [Fact]
    public async Task VersionHistory_ListsVersionsNewestFirst_AndComparesTheLastTwo()
    {
        var id = await PublishTwoVersionsAsync();

        var cut = Render<VersionHistory>(p => p.Add(c => c.WorkflowId, id).Add(c => c.ActiveVersion, 1).Add(c => c.IsActive, true));

        var rows = cut.WaitForElements("[data-testid=version-row]", 2);
        Assert.Contains("v2", rows[0].TextContent);
        Assert.Contains("v1", rows[1].TextContent);
        Assert.Contains("active", rows[1].TextContent);
        Assert.Contains("Designer@example.com", cut.Find("[data-testid=versions-table]").TextContent);
        Assert.Equal($"workflows/{id}?version=1", cut.FindAll("[data-testid=versions-table] a").Select(a => a.GetAttribute("href")).Last());
        Assert.Contains("From v1 to v2", cut.Find("[data-testid=diff-summary]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=draft-ahead]"));
    }

    [Fact]
    public async Task VersionHistory_SaysWhoPublished_InAPersonsWords()
    {
        var (id, _) = await Commands.ImportAsync(Greeting, "Designer@example.com");
        await Commands.ActivateAsync(id, Actor.ApiKey("browser-tests"));
        await Commands.SaveDraftAsync(id, Edited, "Designer@example.com");
        await Commands.PublishAsync(id, "Designer@example.com");

        var cut = Render<VersionHistory>(p => p.Add(c => c.WorkflowId, id));

        var by = cut.WaitForElements("[data-testid=version-by]", 2).Select(cell => cell.TextContent.Trim()).ToList();
        Assert.Equal(["Designer@example.com", "API key ‘browser-tests’"], by);
    }

    [Fact]
    public async Task VersionHistory_RestoresAVersionIntoTheDraft_AfterConfirmation_AndAuditsIt()
    {
        var id = await PublishTwoVersionsAsync();
        var hosts = RenderHosts();
        var cut = Render<VersionHistory>(p => p.Add(c => c.WorkflowId, id));
        cut.WaitForElements("[data-testid=restore-version]", 2)[1].Click();

        var dialog = hosts.WaitForElement(".mud-dialog");
        Assert.Contains("Make version 1 the draft?", dialog.TextContent);
        dialog.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Restore").Click();

        cut.WaitForElement("[data-testid=draft-ahead]");
        Assert.True(WorkflowDiff.Compare(Greeting, await Store.GetDraftAsync(id)).IsEmpty);
        Assert.Equal(2, (await Store.ListVersionsAsync(id)).Count);
        var audit = await App.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditActions.WorkflowRestored && e.TargetLink == $"/workflows/{id}"));
        Assert.Equal(("Greeting", $"/workflows/{id}", "version 1"), (audit.Target, audit.TargetLink, audit.Details));
    }

    [Fact]
    public void VersionsPage_SaysSo_WhenTheWorkflowDoesNotExist()
    {
        var cut = Render<WorkflowVersionsPage>(p => p.Add(c => c.Id, "nope"));

        Assert.Contains("There is no such workflow", cut.WaitForElement("[data-testid=empty-state]").TextContent);
    }

    [Fact]
    public async Task VersionsPage_SaysHowVersionsAreMade_WhenNoneIsPublished()
    {
        var id = await ImportAsync(TestWorkflows.Greeting());

        var cut = Render<WorkflowVersionsPage>(p => p.Add(c => c.Id, id));

        cut.WaitForAssertion(() => Assert.Contains("No published version yet", cut.Find("[data-testid=empty-state]").TextContent));
        Assert.Contains("Greeting", cut.Find("h1").TextContent);
    }

    private async Task<string> PublishTwoVersionsAsync()
    {
        var (id, _) = await Commands.ImportAsync(Greeting, "Designer@example.com");
        await Commands.ActivateAsync(id, "Designer@example.com");
        await Commands.SaveDraftAsync(id, Edited, "Designer@example.com");
        await Commands.PublishAsync(id, "Designer@example.com");
        return id;
    }
}
