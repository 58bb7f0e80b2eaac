using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Shell;

/// <summary>
/// Each role walks every page it opens, at both desktop sizes: nothing scrolls sideways, the editor's toolbar keeps one
/// row and its minimap covers neither a step nor the zoom buttons. The admin, who opens every page, walks them in dark
/// mode too and saves the documentation's screenshots; the other roles' pages are the admin's, so they walk in light.
/// </summary>
[Collection(ShellBrowserCollection.Name)]
public sealed class RoleWalkTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string> Roles() => new() { "Admin", "Designer", "Reviewer" };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPage_FitsTheWindow_AtBothSizes(string role)
    {
        var (workflowId, executionId) = await AssetWorkflows.FinishedRunAsync(Fixture.App);
        var page = role == "Admin" ? await Fixture.NewPageAsync() : await Fixture.SignInAsNewUserAsync(role);
        var pages = PagesOf(role, workflowId, executionId);

        foreach (var dark in role == "Admin" ? new[] { false, true } : [false])
        {
            if (dark)
            {
                await page.OpenAsync("/");
                await page.GetByTestId("user-menu").GetByRole(AriaRole.Button).First.ClickAsync();
                await page.GetByTestId("toggle-dark").ClickAsync();
            }
            foreach (var (width, height) in new[] { (1440, 900), (1280, 720) })
            {
                await page.SetViewportSizeAsync(width, height);
                foreach (var (name, path) in pages)
                {
                    await page.OpenAsync(path);
                    Assert.True(await LayoutChecks.SidewaysOverflowAsync(page) == 0, $"{path} scrolls sideways at {width}×{height} as {role}");
                    if (name == "editor")
                    {
                        await CheckEditorAsync(page, $"{width}×{height}");
                    }
                    if (role == "Admin" || name == "home")
                    {
                        var shot = role == "Admin" ? name : $"{name}-{role.ToLowerInvariant()}";
                        await page.SaveDocScreenshotAsync(dark ? $"{shot}-dark" : shot);
                    }
                }
            }
        }
    }

    /// <summary>The editor as it is used: a step selected, so the side panel shows its form.</summary>
    private static async Task CheckEditorAsync(IPage page, string size)
    {
        Assert.Equal(1, await LayoutChecks.RowCountAsync(page.GetByTestId("editor-toolbar")));
        var overlap = await LayoutChecks.EditorOverlapAsync(page);
        Assert.True(overlap is null, $"{overlap} at {size}");
        await page.Locator("[data-node]").First.ClickAsync();
        await Expect(page.GetByTestId("nothing-selected")).ToBeHiddenAsync();
        overlap = await LayoutChecks.EditorOverlapAsync(page);
        Assert.True(overlap is null, $"{overlap} at {size} with a step selected");
    }

    private static IReadOnlyList<(string Name, string Path)> PagesOf(string role, string workflowId, string executionId)
    {
        var everyone = new List<(string, string)> { ("home", "/"), ("executions", "/executions"), ("execution", $"/executions/{executionId}") };
        var design = new List<(string, string)>
        {
            ("workflows", "/workflows"), ("editor", $"/workflows/{workflowId}"), ("versions", $"/workflows/{workflowId}/versions"),
            ("assistant", "/assistant"), ("journeys", "/journeys"), ("data", "/data"), ("action-reference", "/docs/actions"),
        };
        return role switch
        {
            "Admin" => [.. everyone, .. design, ("inbox", "/inbox"), ("settings", "/settings"), ("system", "/system")],
            "Designer" => [.. everyone, .. design],
            _ => [.. everyone, ("inbox", "/inbox")],
        };
    }
}
