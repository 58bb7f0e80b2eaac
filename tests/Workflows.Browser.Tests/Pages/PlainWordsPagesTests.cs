using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

/// <summary>The pages whose words were made plain, at both desktop sizes, saved as the documentation's screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlainWordsPagesTests(BrowserFixture fixture)
{
    public static TheoryData<int, int> Sizes() => new() { { 1440, 900 }, { 1280, 720 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Pages_ShowWordsNotCodes_AtDesktopSizes(int width, int height)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);

        await page.OpenAsync("/");
        await Expect(page.GetByTestId("admin-health")).ToBeVisibleAsync();
        await Save(page, "home", width, height);

        await page.OpenAsync("/data");
        var statuses = page.GetByTestId("customer-status");
        await Expect(statuses.First).ToBeVisibleAsync();
        foreach (var status in await statuses.AllTextContentsAsync())
        {
            Assert.DoesNotContain("_", status);
            Assert.True(char.IsUpper(status.Trim()[0]), $"'{status}' is not a capitalised word");
        }
        await Save(page, "data", width, height);

        await page.OpenAsync("/workflows");
        await Save(page, "workflows", width, height);
        await page.OpenAsync("/inbox");
        await Save(page, "inbox", width, height);
        await page.OpenAsync("/executions");
        await Save(page, "executions", width, height);
    }

    private static Task Save(IPage page, string name, int width, int height) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "docs", "screenshots")).FullName, $"{name}-{width}x{height}.png"),
        });
}
