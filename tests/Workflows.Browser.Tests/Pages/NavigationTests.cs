using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    public static TheoryData<string, string, string> Pages() => new()
    {
        { "/inbox", "Inbox", "Nothing is waiting for review" },
        { "/journeys", "Journeys", "No journeys yet" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_ShowsItsHeadingAndWhatToDo_WhenEmpty(string path, string heading, string emptyTitle)
    {
        var page = await Fixture.NewPageAsync();

        await page.OpenAsync(path);

        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await Expect(page.GetByTestId("empty-state").First).ToContainTextAsync(emptyTitle);
        await page.SaveScreenshotAsync(heading.ToLowerInvariant());
    }

    [Fact]
    public async Task NavMenu_OpensEachSection_WhenClicked()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/");

        foreach (var section in new[] { "Inbox", "Executions", "Journeys", "Data", "Settings", "System", "Workflows" })
        {
            await page.GetByRole(AriaRole.Navigation).GetByText(section, new() { Exact = true }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync(section);
        }
    }

    [Fact]
    public async Task Home_ShowsTheGuideTemplates()
    {
        var page = await Fixture.NewPageAsync();

        await page.OpenAsync("/");

        var shipped = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "assets", "workflows"), "*.json").Length;
        await Expect(page.GetByTestId("template-card")).ToHaveCountAsync(shipped);
        await Expect(page.GetByTestId("template-card").Filter(new() { HasText = "Auto-Reply to Conversations" })).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("home");
    }

    [Fact]
    public async Task UnknownAddress_ShowsNotFound_WithAWayHome()
    {
        var page = await Fixture.NewPageAsync();

        // A click before the circuit is up is lost while the page hands over to it, so the test waits as a reader would.
        await page.OpenAsync("/no-such-page");

        await Expect(page.GetByText("This page does not exist")).ToBeVisibleAsync();
        await page.GetByText("Go home").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Welcome");
    }
}
