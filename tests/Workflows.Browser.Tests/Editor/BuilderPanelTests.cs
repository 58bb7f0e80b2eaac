using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

[Collection(EditorBrowserCollection.Name)]
public sealed class BuilderPanelTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly (int Width, int Height)[] Sizes = [(1440, 900), (1280, 720)];

    [Fact]
    public async Task ConditionAndScheduleBuilders_OpenTheGuidesVipFlow_AtBothScreenSizes()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json"));
        text = text.Replace("\"config\": { \"type\": \"manual\" }", "\"config\": { \"type\": \"schedule\", \"cron\": \"0 9 * * 1\", \"timezone\": \"America/New_York\" }");
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(text);
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/workflows/{id}");

        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            await Node(page, "check_vip").ClickAsync();
            await Expect(page.Locator("input[data-testid=condition-value]")).ToHaveValueAsync("1000");
            Assert.True(await ReadsInFullAsync(page.Locator(".condition-row .operator")), $"the check reads in full at {width}×{height}");
            await Save(page, $"condition-builder-{width}");
            await Node(page, "start").ClickAsync();
            await Expect(page.GetByTestId("schedule-upcoming").Locator("li")).ToHaveCountAsync(5);
            await Save(page, $"schedule-builder-{width}");
        }
    }

    /// <summary>Whether no text box inside cuts its text short (an ellipsis, or text scrolled out of view).</summary>
    private static Task<bool> ReadsInFullAsync(ILocator locator) =>
        locator.EvaluateAsync<bool>("""
            el => {
                const boxes = [...el.querySelectorAll('input, .mud-input-slot')];
                return boxes.length > 0 && boxes.every(e => e.scrollWidth <= e.clientWidth + 1);
            }
            """);

    private static async Task Save(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "docs", "screenshots")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}.png") });
    }
}
