using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class ActionReferenceTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task ActionReference_ListsTheGuidesActions_AndFiltersByAlias()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/docs/actions");
        await page.SaveScreenshotAsync("action-reference");

        await page.GetByTestId("action-filter").FillAsync("customer_get");

        await Expect(page.GetByTestId("action-card")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("action-card")).ToContainTextAsync("customer.get_by_id");
    }
}
