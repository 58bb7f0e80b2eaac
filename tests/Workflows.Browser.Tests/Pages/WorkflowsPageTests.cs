using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class WorkflowsPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Pattern 1 under a name of its own, as other tests import Pattern 1 into the same app too.</summary>
    private static (string Name, string Json) Pattern1()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "pattern1-auto-reply.json")))!;
        var name = $"Auto-Reply {Guid.NewGuid().ToString("N")[..8]}";
        json["name"] = name;
        return (name, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Greets; or, when asked to fail, looks up a customer who does not exist and has no error port to go to.</summary>
    private static string Greeter(string name, bool fail) => $$"""
        {
          "name": "{{name}}",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "{{(fail ? "lookup" : "greet")}}" } },
            { "stepSlug": "lookup", "stepType": "action", "config": { "type": "customer.get_by_id", "parameters": { "customerId": "nobody" } } },
            { "stepSlug": "greet", "stepType": "action", "config": { "type": "set_variables", "parameters": { "greeting": "hello" } },
              "nextSteps": { "success": "end", "error": "end" } }
          ]
        }
        """;

    [Fact]
    public async Task Pattern1_IsImportedByPaste_Listed_Exported_Duplicated_AndDeleted()
    {
        var (name, pattern1) = Pattern1();
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/workflows");

        await page.GetByTestId("import-workflow").ClickAsync();
        await page.GetByTestId("import-json").FillAsync("{ \"name\": \"half a workflow\"");
        await page.GetByTestId("import-json").BlurAsync();
        await Expect(page.GetByTestId("import-error")).ToContainTextAsync("not valid JSON");
        await Expect(page.GetByTestId("import-save")).ToBeDisabledAsync();

        await page.GetByTestId("import-json").FillAsync(pattern1);
        await page.GetByTestId("import-json").BlurAsync();
        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("6 steps");
        await page.SaveScreenshotAsync("workflows-import");
        await page.GetByTestId("import-save").ClickAsync();

        await page.GetByTestId("workflows-search").FillAsync(name);
        var rows = page.GetByTestId("workflows-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Draft");

        await MenuAsync(page, rows.First, "action-export-json");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("action-export-json").ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename);
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("\"stepSlug\": \"find_conversations\"", exported);

        await MenuAsync(page, rows.First, "action-export-mermaid");
        await page.GetByTestId("action-export-mermaid").ClickAsync();
        await Expect(page.GetByTestId("mermaid-source")).ToContainTextAsync("flowchart");
        await Expect(page.GetByTestId("mermaid-preview").Locator("svg").GetByText("Search conversations", new() { Exact = true })).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("workflows-mermaid");
        await page.GetByTestId("mermaid-close").ClickAsync();

        await MenuAsync(page, rows.First, "action-duplicate");
        await page.GetByTestId("action-duplicate").ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(1)).ToContainTextAsync($"{name} (copy)");
        await page.SaveScreenshotAsync("workflows-list");

        await MenuAsync(page, rows.Nth(1), "action-delete");
        await page.GetByTestId("action-delete").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToContainTextAsync("This cannot be undone.");
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).Not.ToContainTextAsync("(copy)");
    }

    [Fact]
    public async Task ImportJson_ImportsOnTheFirstClick_WithoutLeavingTheField()
    {
        var (name, pattern1) = Pattern1();
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/workflows");

        await page.GetByTestId("import-workflow").ClickAsync();
        await page.GetByTestId("import-json").FillAsync(pattern1);
        await Expect(page.GetByTestId("import-save")).ToBeEnabledAsync(new() { Timeout = 2_000 });
        await page.GetByTestId("import-save").ClickAsync();

        await Expect(page.GetByTestId("import-dialog")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("workflows-table")).ToContainTextAsync(name);
    }

    [Theory]
    [MemberData(nameof(LayoutChecks.DesktopSizes), MemberType = typeof(LayoutChecks))]
    public async Task WorkflowsTable_KeepsStatusAndLastRunOnOneLine_AtDesktopSizes(int width, int height)
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(Greeter($"Published greeting {width}", fail: false));
        await api.PublishAsync(id);
        await api.WaitForStatusAsync(await api.RunAsync(id, new { }), "completed");

        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.OpenAsync("/workflows");
        var row = page.GetByTestId("workflows-table").Locator("tbody tr").Filter(new() { HasText = $"Published greeting {width}" });
        await Expect(row).ToContainTextAsync("v1 published");

        foreach (var label in new[] { "Status", "Last run", "Updated" })
        {
            Assert.True(await LayoutChecks.IsOneLineAsync(row.Locator($"td[data-label='{label}']")), $"the {label} cell wraps at {width}×{height}");
        }
        await page.SaveDocScreenshotAsync("workflows-table");
    }

    [Fact]
    public async Task Home_ShowsRecentRuns_WithTheFailureFirst()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var failing = await api.RunAsync(await api.ImportAsync(Greeter("Home failing lookup", fail: true)), new { });
        await api.WaitForStatusAsync(failing, "failed");
        var greeting = await api.RunAsync(await api.ImportAsync(Greeter("Home greeting", fail: false)), new { });
        await api.WaitForStatusAsync(greeting, "completed");

        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/");

        var runs = page.GetByTestId("recent-run");
        await Expect(runs.First).ToHaveAttributeAsync("data-status", "failed");
        await Expect(page.GetByTestId("recent-runs")).ToContainTextAsync("Home greeting");
        await Expect(page.GetByTestId("recent-workflows")).ToContainTextAsync("Home greeting");
        await Expect(page.GetByTestId("pending-approvals")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("home-recent");

        await page.GetByTestId("recent-runs").GetByRole(AriaRole.Link, new() { Name = "Home failing lookup" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/executions/{failing}$"));
    }

    [Fact]
    public async Task Versions_AreListed_Compared_AndRestored()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(Greeter("Versioned greeting", fail: false));
        await api.ActivateAsync(id);

        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/workflows/{id}/versions");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Versioned greeting");
        await Expect(page.GetByTestId("version-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("version-row")).ToContainTextAsync("active");
        await Expect(page.GetByTestId("compare-panel")).ToContainTextAsync("are the same");
        await page.SaveScreenshotAsync("workflow-versions");

        await page.GetByTestId("restore-version").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Expect(page.GetByText("Version 1 restored into the draft.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task VersionCompare_ShowsATallFlowFromItsFirstStep_AtTheTop()
    {
        var id = await AssetWorkflows.ImportAsync(Fixture.App, "vip-offer-review.json");
        await (await ApiClient.CreateAsync(Fixture.App)).ActivateAsync(id);
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);

        await page.OpenAsync($"/workflows/{id}/versions");

        var canvas = page.GetByTestId("compare-canvas");
        await Expect(canvas.Locator("[data-node]").First).ToBeVisibleAsync();
        await canvas.ScrollIntoViewIfNeededAsync();
        await page.SaveScreenshotAsync("versions-compare-1280x720");
        var top = await canvas.EvaluateAsync<double>(
            "c => Math.min(...[...c.querySelectorAll('[data-node]')].map(n => n.getBoundingClientRect().top)) - c.getBoundingClientRect().top");
        Assert.InRange(top, 0, 48);
        Assert.Equal("100%", await canvas.Locator("[data-zoom-label]").TextContentAsync());
    }

    /// <summary>Opens a row's menu once the previous menu has closed: opening it mid-close re-renders the popover under the click.</summary>
    private static async Task MenuAsync(IPage page, ILocator row, string item)
    {
        await Expect(page.Locator(".mud-popover-open [role=menuitem]")).ToHaveCountAsync(0);
        await row.GetByTestId("workflow-actions").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByTestId(item)).ToBeVisibleAsync();
    }
}
