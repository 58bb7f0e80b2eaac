using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class DataPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Customers_AreSearchable_AndEditable()
    {
        var page = await fixture.NewPageAsync();
        await page.OpenAsync("/data");
        await page.SaveScreenshotAsync("data-customers");

        await page.GetByPlaceholder("Search name, email or id").FillAsync("john@example.com");
        var row = page.GetByTestId("customers-table").Locator("tbody tr").Filter(new() { HasText = "John Doe" });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Button, new() { Name = "Edit John Doe" }).ClickAsync();
        await page.GetByTestId("field-phone").FillAsync("+1 555 0100");
        await page.GetByTestId("save-edit").ClickAsync();

        await Expect(page.GetByText("John Doe saved.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Knowledge_AnswersACustomersQuestion()
    {
        var page = await fixture.NewPageAsync();
        await page.OpenAsync("/data");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Knowledge" }).ClickAsync();

        await page.GetByTestId("knowledge-search").FillAsync("how do I pause my subscription");

        await Expect(page.GetByTestId("knowledge-results")).ToContainTextAsync("Subscriptions");
        await page.SaveScreenshotAsync("data-knowledge");
    }

    [Fact]
    public async Task Knowledge_ListsTheDemoArticles_BeforeAnySearch()
    {
        var page = await fixture.NewPageAsync();
        await page.OpenAsync("/data");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Knowledge" }).ClickAsync();

        var articles = page.GetByTestId("knowledge-article");
        await Expect(articles.First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("knowledge-articles")).ToContainTextAsync("Shipping and delivery");
        await Expect(page.GetByTestId("knowledge-count")).ToContainTextAsync($"{await articles.CountAsync()} articles");
    }

    [Theory]
    [MemberData(nameof(LayoutChecks.DesktopSizes), MemberType = typeof(LayoutChecks))]
    public async Task DataTabs_ShowEveryTabWhole_AtDesktopSizes(int width, int height)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.OpenAsync("/data");

        Assert.Null(await LayoutChecks.TabBarOverflowAsync(page.GetByTestId("data-tabs")));
        await page.GetByRole(AriaRole.Tab, new() { Name = "Knowledge" }).ClickAsync();
        await Expect(page.GetByTestId("knowledge-search")).ToBeVisibleAsync();
        await page.SaveDocScreenshotAsync("data-knowledge");
    }

    [Fact]
    public async Task Segments_RefuseARuleThatDoesNotParse()
    {
        var page = await fixture.NewPageAsync();
        await page.OpenAsync("/data");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Offers & segments" }).ClickAsync();

        await page.GetByTestId("segments-table").GetByRole(AriaRole.Button, new() { Name = "Edit VIP", Exact = true }).ClickAsync();
        await page.GetByTestId("field-expression").FillAsync("tier ==");
        await page.GetByTestId("save-edit").ClickAsync();

        await Expect(page.GetByText("The rule does not parse")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("data-segments");
    }
}
