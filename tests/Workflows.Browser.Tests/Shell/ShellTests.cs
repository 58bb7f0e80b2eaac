using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Shell;

/// <summary>The app's frame: a menu that folds, dark mode, the command palette and the shortcuts sheet.</summary>
[Collection(ShellBrowserCollection.Name)]
public sealed class ShellTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string DarkBackground = "rgb(15, 17, 23)";

    [Fact]
    public async Task Menu_StaysFolded_AfterReload()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/");
        var menu = page.GetByTestId("app-menu");
        var open = (await menu.BoundingBoxAsync())!.Width;

        await page.GetByTestId("menu-toggle").ClickAsync();
        await Expect(menu).ToHaveClassAsync(new Regex("mud-drawer--closed"));
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();

        await Expect(menu).ToHaveClassAsync(new Regex("mud-drawer--closed"));
        Assert.True((await menu.BoundingBoxAsync())!.Width < open / 2, "the menu opened again after the reload");
    }

    [Fact]
    public async Task DarkMode_IsRemembered_AfterReload()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/");

        await page.GetByTestId("user-menu").GetByRole(AriaRole.Button).First.ClickAsync();
        await page.GetByTestId("toggle-dark").ClickAsync();
        await Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkBackground);
        await page.ReloadAsync();

        // Drawn dark from the first byte: the preference is read before the page is sent.
        await Expect(page.Locator("body")).ToHaveCSSAsync("background-color", DarkBackground);
    }

    [Fact]
    public async Task CommandButton_WritesItsKey_InTheAppBarsTextColour()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/");

        var button = page.Locator(".command-button");
        var label = await button.EvaluateAsync<string>("button => getComputedStyle(button).color");

        await Expect(button.Locator("kbd")).ToHaveCSSAsync("color", label);
    }

    [Fact]
    public async Task CommandPalette_OpensAWorkflowByName_WithCtrlK()
    {
        var name = $"Palette target {Guid.NewGuid().ToString("N")[..6]}";
        var id = await ImportWelcomeEmailAsync(name);
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/executions");

        await page.Keyboard.PressAsync("Control+k");
        await page.GetByTestId("command-search").FillAsync(name);
        await Expect(page.GetByTestId("command").First).ToContainTextAsync(name);
        await page.GetByTestId("command-search").PressAsync("Enter");

        await page.WaitForURLAsync($"**/workflows/{id}");
    }

    [Fact]
    public async Task CommandPalette_GoesToAPage_WithCmdK()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/");

        await page.Keyboard.PressAsync("Meta+k");
        await page.GetByTestId("command-search").FillAsync("go to data");
        await Expect(page.GetByTestId("command").First).ToContainTextAsync("Data");
        await page.GetByTestId("command-search").PressAsync("Enter");

        await page.WaitForURLAsync("**/data");
    }

    [Fact]
    public async Task QuestionMark_ShowsTheEditorsShortcuts_ButNotWhileTyping()
    {
        var id = await ImportWelcomeEmailAsync($"Shortcuts {Guid.NewGuid().ToString("N")[..6]}");
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/workflows/{id}");

        var search = page.GetByTestId("palette-search");
        await search.ClickAsync();
        await page.Keyboard.PressAsync("?");
        await Expect(search).ToHaveValueAsync("?");
        await Expect(page.GetByTestId("shortcuts")).ToHaveCountAsync(0);

        await page.GetByTestId("canvas").ClickAsync(new() { Position = new() { X = 10, Y = 10 } });
        await page.Keyboard.PressAsync("?");
        var sheet = page.GetByTestId("shortcuts");
        await Expect(sheet).ToContainTextAsync("Ctrl+K");
        await Expect(sheet).ToContainTextAsync("Workflow editor");
        await Expect(sheet).ToContainTextAsync("Duplicate the selected steps");
    }

    private Task<string> ImportWelcomeEmailAsync(string name) => AssetWorkflows.ImportAsync(Fixture.App, "welcome-email.json", name);
}
