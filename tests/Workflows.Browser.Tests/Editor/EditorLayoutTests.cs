using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

/// <summary>The editor at the desktop sizes the docs show: one toolbar row, a canvas that keeps its place, side tabs that fit.</summary>
[Collection(EditorBrowserCollection.Name)]
public sealed class EditorLayoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private async Task<IPage> OpenAsync(string file, int width, int height)
    {
        var id = await AssetWorkflows.ImportAsync(Fixture.App, file);
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.OpenAsync($"/workflows/{id}");
        return page;
    }

    [Theory]
    [MemberData(nameof(LayoutChecks.DesktopSizes), MemberType = typeof(LayoutChecks))]
    public async Task Toolbar_StaysOneRow_AndTheCanvasKeepsItsPlace_WhenStatusLabelsAppear(int width, int height)
    {
        var page = await OpenAsync("welcome-email.json", width, height);
        var toolbar = page.GetByTestId("editor-toolbar");
        var canvas = page.GetByTestId("canvas");
        var top = await LayoutChecks.TopAsync(canvas);
        Assert.Equal(1, await LayoutChecks.RowCountAsync(toolbar));

        await Node(page, "send_email").ClickAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();
        Assert.Equal(1, await LayoutChecks.RowCountAsync(toolbar));
        Assert.Equal(top, await LayoutChecks.TopAsync(canvas), 0.5f);
        Assert.Null(await LayoutChecks.EditorOverlapAsync(page));

        await page.GetByTestId("activate").ClickAsync();
        await Expect(page.GetByTestId("activate")).ToContainTextAsync("Update active");
        await Node(page, "send_email").ClickAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();
        Assert.Equal(1, await LayoutChecks.RowCountAsync(toolbar));
        Assert.Equal(top, await LayoutChecks.TopAsync(canvas), 0.5f);
        Assert.Null(await LayoutChecks.EditorOverlapAsync(page));
        await page.SaveDocScreenshotAsync("editor-active");

        await ToolbarCommandAsync(page, "deactivate");
        await Expect(page.GetByTestId("activate")).ToContainTextAsync("Activate");
    }

    [Theory]
    [MemberData(nameof(LayoutChecks.DesktopSizes), MemberType = typeof(LayoutChecks))]
    public async Task SidePanelTabs_ShowEveryTabWhole_WithProblemsCounted(int width, int height)
    {
        var page = await OpenAsync("pattern1-auto-reply.json", width, height);
        await Node(page, "decide_reply").ClickAsync();
        await page.GetByTestId("condition-builder").GetByText("Advanced").ClickAsync();
        await page.Locator("textarea[data-testid=condition-text]").FillAsync("{{steps.check_needs_reply.output.needsReply}} ==");
        await Expect(page.GetByTestId("badge-decide_reply")).ToBeVisibleAsync();

        await page.SaveDocScreenshotAsync("editor-problems");
        Assert.Null(await LayoutChecks.TabBarOverflowAsync(page.GetByTestId("side-tabs")));
        await ProblemsTab(page).ClickAsync();
        await Expect(page.GetByTestId("problems")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Canvas_LeavesMissingErrorPortsToProblems_InsteadOfBadgingEveryStep()
    {
        var page = await OpenAsync("pattern1-auto-reply.json", 1440, 900);

        await Expect(Node(page, "find_conversations")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid^=badge-]")).ToHaveCountAsync(0);
        await ProblemsTab(page).ClickAsync();
        await Expect(page.GetByTestId("problems")).ToContainTextAsync("'find_conversations' has no error port");
    }

    private static ILocator ProblemsTab(IPage page) => page.GetByTestId("side-tabs").Locator(".mud-tab", new() { HasText = "Problems" });
}
