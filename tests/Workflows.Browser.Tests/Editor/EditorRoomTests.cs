using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

/// <summary>Room to work at 1280×720: panes that fold and resize and stay so, a minimap clear of the steps, toasts clear of the toolbar.</summary>
[Collection(EditorBrowserCollection.Name)]
public sealed class EditorRoomTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private async Task<IPage> OpenAsync(string file, int width = 1280, int height = 720)
    {
        var id = await AssetWorkflows.ImportAsync(Fixture.App, file);
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.OpenAsync($"/workflows/{id}");
        return page;
    }

    private static async Task<float> WidthAsync(ILocator element) => (await element.BoundingBoxAsync())!.Width;

    [Fact]
    public async Task Panes_GiveTheCanvasTheirRoom_WhenFolded_AndStayFoldedAfterReload()
    {
        var page = await OpenAsync("welcome-email.json");
        var canvas = page.GetByTestId("canvas");
        var before = await WidthAsync(canvas);

        await page.GetByTestId("fold-palette").ClickAsync();
        await page.GetByTestId("fold-side").ClickAsync();
        await Expect(page.GetByTestId("palette")).ToBeHiddenAsync();
        Assert.True(await WidthAsync(canvas) > before + 400, $"the canvas grew from {before}px to only {await WidthAsync(canvas)}px");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("palette")).ToBeHiddenAsync();
        Assert.True(await WidthAsync(canvas) > before + 400, "the panes unfolded again after the reload");

        await page.GetByTestId("fold-side").ClickAsync();
        await Expect(page.GetByTestId("side-tabs")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SidePanel_Widens_WhenItsEdgeIsDragged_AndKeepsItsWidth()
    {
        var page = await OpenAsync("welcome-email.json");
        var side = page.GetByTestId("side-pane");
        var before = await WidthAsync(side);

        var (x, y) = await CenterOfAsync(page.GetByTestId("resize-side"));
        await DragAsync(page, (x, y), (x - 100, y));
        Assert.Equal(before + 100, await WidthAsync(side), 2f);

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.Equal(before + 100, await WidthAsync(side), 2f);
    }

    [Fact]
    public async Task PaneEdges_ResizeFromTheKeyboard_AndKeepTheirWidth()
    {
        var page = await OpenAsync("welcome-email.json");
        var side = page.GetByTestId("side-pane");
        var edge = page.GetByRole(AriaRole.Separator, new() { Name = "Width of the side panel" });
        var before = await WidthAsync(side);
        await Expect(edge).ToHaveAttributeAsync("aria-valuenow", $"{before:0}");

        await edge.FocusAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(before + 16, await WidthAsync(side), 1f);
        await Expect(edge).ToHaveAttributeAsync("aria-valuenow", $"{before + 16:0}");
        await page.Keyboard.PressAsync("End");
        Assert.Equal(640, await WidthAsync(side), 1f);

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.Equal(640, await WidthAsync(side), 1f);
        await page.GetByRole(AriaRole.Separator, new() { Name = "Width of the steps list" }).FocusAsync();
        await page.Keyboard.PressAsync("Home");
        Assert.Equal(160, await WidthAsync(page.GetByTestId("palette-pane")), 1f);
    }

    public static TheoryData<string> DemoFlows() =>
        new(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "assets", "workflows"), "*.json").Select(f => Path.GetFileName(f)).Order());

    [Theory]
    [MemberData(nameof(DemoFlows))]
    public async Task Minimap_CoversNoStep_WhenTheDiagramIsFitted_At1280x720(string file)
    {
        var page = await OpenAsync(file);
        var minimap = (await page.GetByTestId("minimap").BoundingBoxAsync())!;

        foreach (var node in await page.Locator("[data-node]").AllAsync())
        {
            var box = (await node.BoundingBoxAsync())!;
            Assert.False(LayoutChecks.Overlaps(box, minimap), $"the minimap covers {await node.GetAttributeAsync("data-node")}");
        }
    }

    [Fact]
    public async Task Minimap_Hides_AndStaysHiddenAfterReload()
    {
        var page = await OpenAsync("welcome-email.json");

        await page.GetByTestId("toggle-minimap").ClickAsync();
        await Expect(page.GetByTestId("minimap")).ToBeHiddenAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByTestId("minimap")).ToBeHiddenAsync();
        await page.GetByTestId("toggle-minimap").ClickAsync();
        await Expect(page.GetByTestId("minimap")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Minimap_DocksInTheCornerChosen_ClearOfTheSteps_AndStaysThereAfterReload()
    {
        var page = await OpenAsync("vip-offer-review.json");
        var canvas = page.GetByTestId("canvas");

        await page.GetByTestId("minimap-dock").ClickAsync();
        await Expect(canvas).ToHaveAttributeAsync("data-minimap-corner", "bottom-left");
        await page.GetByTestId("minimap-dock").ClickAsync();
        await Expect(canvas).ToHaveAttributeAsync("data-minimap-corner", "top-left");
        await AssertInTopLeftAsync();
        Assert.Null(await LayoutChecks.EditorOverlapAsync(page));

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await AssertInTopLeftAsync();
        Assert.Null(await LayoutChecks.EditorOverlapAsync(page));

        async Task AssertInTopLeftAsync()
        {
            var (box, frame) = ((await page.GetByTestId("minimap").BoundingBoxAsync())!, (await canvas.BoundingBoxAsync())!);
            Assert.InRange(box.X - frame.X, 0, 24);
            Assert.InRange(box.Y - frame.Y, 0, 24);
        }
    }

    [Fact]
    public async Task Minimap_DockedBottomLeft_StaysClearOfTheZoomButtons()
    {
        var page = await OpenAsync("vip-offer-review.json");

        await page.GetByTestId("minimap-dock").ClickAsync();
        await Expect(page.GetByTestId("canvas")).ToHaveAttributeAsync("data-minimap-corner", "bottom-left");

        Assert.Null(await LayoutChecks.EditorOverlapAsync(page));
    }

    [Fact]
    public async Task Canvas_ShowsItsFocusRing_ForKeyboardFocusOnly()
    {
        var page = await OpenAsync("welcome-email.json");
        var canvas = page.GetByTestId("canvas");
        var ring = () => canvas.EvaluateAsync<string>("el => getComputedStyle(el).boxShadow");

        await Node(page, "send_email").ClickAsync();
        await Expect(canvas).ToBeFocusedAsync();
        Assert.Equal("none", await ring());

        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(canvas).ToBeFocusedAsync();
        Assert.NotEqual("none", await ring());
    }

    [Fact]
    public async Task AppMenu_FoldsForTheEditor_OnANarrowWindow_SoASixRowFlowFitsReadably()
    {
        var page = await OpenAsync("vip-offer-review.json");

        await Expect(page.GetByTestId("app-menu")).ToHaveClassAsync(new Regex("mud-drawer--closed"));
        await Expect(page.GetByTestId("canvas")).ToHaveAttributeAsync("data-zoom", new Regex("^(6[5-9]|[7-9][0-9]|100)$"));

        await page.GotoAsync("/");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByTestId("app-menu")).ToHaveClassAsync(new Regex("mud-drawer--open"));
    }

    /// <summary>The page as the server first draws it, before any script runs: what the user sees on the first paint.</summary>
    [Theory]
    [InlineData(1280, 720, "mud-drawer--closed")]
    [InlineData(1440, 900, "mud-drawer--open")]
    public async Task AppMenu_IsDrawnAsTheEditorWantsIt_FromTheFirstPaint(int width, int height, string drawn)
    {
        var id = await AssetWorkflows.ImportAsync(Fixture.App, "vip-offer-review.json");
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.OpenAsync("/");

        var firstDrawing = await (await page.Context.APIRequest.GetAsync($"/workflows/{id}")).TextAsync();

        var menu = await page.EvaluateAsync<string>(
            "html => new DOMParser().parseFromString(html, 'text/html').querySelector('[data-testid=app-menu]').className", firstDrawing);
        Assert.Contains(drawn, menu);
    }

    /// <summary>
    /// A first visit straight to an editor link: the browser has not written its width yet, so the server cannot know it.
    /// Every state the menu is drawn in, from the first parsed byte on, is recorded: it must never be open.
    /// </summary>
    [Fact]
    public async Task AppMenu_NeverOpensInTheEditor_OnAFirstVisitStraightToIt()
    {
        var id = await AssetWorkflows.ImportAsync(Fixture.App, "vip-offer-review.json");
        var page = await Fixture.NewPageAsync();
        await page.Context.ClearCookiesAsync(new() { Name = "wf-window-width" });
        await page.SetViewportSizeAsync(1280, 720);
        await page.AddInitScriptAsync("""
            window.menuStates = [];
            new MutationObserver(() => {
                const menu = document.querySelector('[data-testid=app-menu]');
                if (menu) window.menuStates.push(menu.classList.contains('mud-drawer--open') ? 'open' : 'closed');
            }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
            """);

        await page.OpenAsync($"/workflows/{id}");
        await Expect(page.GetByTestId("menu-toggle")).ToHaveAttributeAsync("aria-expanded", "false");

        var states = await page.EvaluateAsync<string[]>("window.menuStates");
        Assert.NotEmpty(states);
        Assert.DoesNotContain("open", states);
    }

    [Fact]
    public async Task AppMenu_StaysOpenInTheEditor_WhenTheUserPinnedIt()
    {
        var page = await OpenAsync("vip-offer-review.json");
        var menu = page.GetByTestId("app-menu");
        await Expect(menu).ToHaveClassAsync(new Regex("mud-drawer--closed"));

        await page.GetByTestId("menu-toggle").ClickAsync();
        await Expect(menu).ToHaveClassAsync(new Regex("mud-drawer--open"));
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(menu).ToHaveClassAsync(new Regex("mud-drawer--open"));
    }

    [Fact]
    public async Task AppMenu_StaysOpenInTheEditor_OnAWideWindow()
    {
        var page = await OpenAsync("vip-offer-review.json", 1440, 900);

        await Expect(page.GetByTestId("app-menu")).ToHaveClassAsync(new Regex("mud-drawer--open"));
    }

    [Fact]
    public async Task Toast_CoversNoToolbarButton_AfterSaving()
    {
        var page = await OpenAsync("welcome-email.json");
        await Node(page, "send_email").ClickAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.GetByTestId("save").ClickAsync();

        var toast = page.Locator(".mud-snackbar").Filter(new() { HasText = "Saved." });
        await Expect(toast).ToBeVisibleAsync();
        var box = (await toast.BoundingBoxAsync())!;
        foreach (var control in await page.GetByTestId("editor-toolbar").Locator("button, input").AllAsync())
        {
            if (await control.BoundingBoxAsync() is { } controlBox)
            {
                Assert.False(LayoutChecks.Overlaps(box, controlBox), $"the toast covers '{await control.GetAttributeAsync("aria-label") ?? await control.TextContentAsync()}'");
            }
        }
    }
}
