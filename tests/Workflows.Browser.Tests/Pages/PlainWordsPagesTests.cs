using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

/// <summary>The pages whose words were made plain, at both desktop sizes, saved as the documentation's screenshots.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlainWordsPagesTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [MemberData(nameof(LayoutChecks.DesktopSizes), MemberType = typeof(LayoutChecks))]
    public async Task Pages_ShowWordsNotCodes_AtDesktopSizes(int width, int height)
    {
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);

        await page.OpenAsync("/");
        await Expect(page.GetByTestId("admin-health")).ToBeVisibleAsync();
        await page.SaveDocScreenshotAsync("home");

        await page.OpenAsync("/data");
        var statuses = page.GetByTestId("customer-status");
        await Expect(statuses.First).ToBeVisibleAsync();
        foreach (var status in await statuses.AllTextContentsAsync())
        {
            Assert.DoesNotContain("_", status);
            Assert.True(char.IsUpper(status.Trim()[0]), $"'{status}' is not a capitalised word");
        }
        await page.SaveDocScreenshotAsync("data");

        await page.OpenAsync("/workflows");
        await page.SaveDocScreenshotAsync("workflows");
        await page.OpenAsync("/inbox");
        await page.SaveDocScreenshotAsync("inbox");
        await page.OpenAsync("/executions");
        await page.SaveDocScreenshotAsync("executions");
    }
}
