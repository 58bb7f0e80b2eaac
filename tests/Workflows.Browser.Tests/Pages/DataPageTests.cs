using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class DataPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Customers_AreSearchable_AndEditable()
    {
        var page = await Fixture.NewPageAsync();
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
    public async Task Customers_FitTheWindowAt1280_WithNamesAndDatesOnOneLine()
    {
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await page.OpenAsync("/data");
        var table = page.GetByTestId("customers-table");
        await Expect(table.Locator("tbody tr").First).ToBeVisibleAsync();

        await page.SaveScreenshotAsync("data-customers-1280x720");
        var container = table.Locator(".mud-table-container");
        var overflow = await container.EvaluateAsync<int>("c => c.scrollWidth - c.clientWidth");
        Assert.True(overflow <= 0, $"The customers table scrolls sideways by {overflow} px at 1280x720.");
        var rowHeight = await table.Locator("tbody tr").First.EvaluateAsync<double>("row => row.getBoundingClientRect().height");
        var nameLines = await table.Locator("tbody tr").First.Locator("td .text-nowrap").First.EvaluateAsync<double>("e => e.getBoundingClientRect().height");
        Assert.True(nameLines < 30, $"A customer's name wraps ({nameLines} px high).");
        Assert.True(rowHeight < 70, $"A row is {rowHeight} px high: something in it wraps.");
    }

    [Fact]
    public async Task Orders_FitTheWindowAt1280_WithCustomerNamesAndDatesOnOneLine()
    {
        var page = await OpenTabAt1280Async("Orders");
        var table = page.GetByTestId("orders-table");
        var row = table.Locator("tbody tr").First;
        await Expect(row).ToBeVisibleAsync();

        await page.SaveScreenshotAsync("data-orders-1280x720");
        Assert.Equal(0, await SidewaysScrollAsync(table));
        await Expect(row.GetByTestId("order-customer-name")).Not.ToHaveTextAsync(new Regex(@"^\s*cust_"));
        Assert.Equal(1, await LinesAsync(row.GetByTestId("order-customer-name")));
        Assert.Equal(1, await LinesAsync(row.Locator("td").Nth(1)));
    }

    [Fact]
    public async Task Recommendations_NameTheCustomerAndTheProducts_NotTheirIdsOrJson()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var runId = await api.RunAsync(await api.ImportAsync(RecommendBeans), new { });
        await api.WaitForStatusAsync(runId, "completed");

        var page = await OpenTabAt1280Async("Recommendations");
        var row = page.GetByTestId("recommendations-table").Locator("tbody tr").Filter(new() { Has = page.Locator($"a[href='executions/{runId}']") });

        await Expect(row.GetByTestId("recommendation-customer-name")).ToHaveTextAsync("Guido Turing");
        await Expect(row.GetByTestId("recommended-products").Locator(".mud-chip")).ToHaveTextAsync(new[] { "Espresso Beans", "Gift wrapping" });
        await Expect(row).Not.ToContainTextAsync("[");
        await page.SaveScreenshotAsync("data-recommendations-names-1280x720");
    }

    [Theory]
    [InlineData("Products")]
    [InlineData("Conversations")]
    [InlineData("Recommendations")]
    [InlineData("Offers & segments")]
    [InlineData("Documents")]
    [InlineData("Outbox")]
    public async Task DataTab_FitsTheWindowAt1280_WithoutScrollingSideways(string tab)
    {
        if (tab == "Outbox")
        {
            // The outbox is empty until something is sent, and then shows what to do instead of its table.
            var api = await ApiClient.CreateAsync(Fixture.App);
            await api.WaitForStatusAsync(await api.RunAsync(await api.ImportAsync(SendsAnEmail), new { }), "completed");
        }
        var page = await OpenTabAt1280Async(tab);
        var tables = page.Locator(".mud-tabs-panels .mud-table:visible");
        await Expect(tables.First).ToBeVisibleAsync();

        await page.SaveScreenshotAsync($"data-{tab.Split(' ')[0].ToLowerInvariant()}-1280x720");
        for (var i = 0; i < await tables.CountAsync(); i++)
        {
            Assert.Equal(0, await SidewaysScrollAsync(tables.Nth(i)));
        }
    }

    [Fact]
    public async Task Orders_NewOrder_IsPlacedListedAndStartsTheWorkflowListeningForOrderPlaced()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var listenerId = await api.ImportAsync(OrderPlacedListener);
        await api.ActivateAsync(listenerId);
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/data");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Orders" }).ClickAsync();

        await page.GetByTestId("new-order").ClickAsync();
        await page.GetByTestId("place-order").ClickAsync();
        await Expect(page.GetByTestId("order-problems")).ToContainTextAsync("Choose the customer who ordered.");
        await page.PickAsync(page.GetByTestId("order-customer"), "john@example.com", "John Doe");
        await page.PickAsync(page.GetByTestId("order-product").First, "Espresso Beans", "Espresso Beans");
        await page.GetByTestId("order-quantity").FillAsync("3");
        await page.GetByTestId("order-note").FillAsync("Ordered by phone");
        await Expect(page.GetByTestId("order-total")).Not.ToHaveTextAsync("Total $0.00");
        await page.SaveScreenshotAsync("data-new-order");
        await page.GetByTestId("place-order").ClickAsync();

        var toast = page.Locator(".mud-snackbar").Filter(new() { HasText = "placed for John Doe" });
        await Expect(toast).ToBeVisibleAsync();
        var orderId = Regex.Match(await toast.InnerTextAsync(), @"ord_\w+").Value;
        var row = page.GetByTestId("orders-table").Locator("tbody tr").Filter(new() { HasText = orderId });
        await Expect(row).ToContainTextAsync("3 × Espresso Beans");
        await Expect(row).ToContainTextAsync("Note: Ordered by phone");

        await page.OpenAsync($"/executions?workflow={listenerId}");
        await Expect(page.GetByTestId("executions-table").GetByTestId("execution-status").First).ToHaveAttributeAsync("data-status", "completed");
    }

    [Fact]
    public async Task Knowledge_AnswersACustomersQuestion()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/data");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Knowledge" }).ClickAsync();

        await page.GetByTestId("knowledge-search").FillAsync("how do I pause my subscription");

        await Expect(page.GetByTestId("knowledge-results")).ToContainTextAsync("Subscriptions");
        await page.SaveScreenshotAsync("data-knowledge");
    }

    [Fact]
    public async Task Knowledge_ListsTheDemoArticles_BeforeAnySearch()
    {
        var page = await Fixture.NewPageAsync();
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
        var page = await Fixture.NewPageAsync();
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
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/data");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Offers & segments" }).ClickAsync();

        await page.GetByTestId("segments-table").GetByRole(AriaRole.Button, new() { Name = "Edit VIP", Exact = true }).ClickAsync();
        await page.GetByTestId("field-expression").FillAsync("tier ==");
        await page.GetByTestId("save-edit").ClickAsync();

        await Expect(page.GetByText("The rule does not parse")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("data-segments");
    }

    private const string OrderPlacedListener = """
        {
          "name": "Thank the customer for their order",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "event", "eventType": "order.placed" }, "nextSteps": { "success": "note" } },
            { "stepSlug": "note", "stepType": "action", "config": { "type": "set_variables", "parameters": { "order": "{{input.data.id}}" } },
              "nextSteps": { "success": "end" } }
          ]
        }
        """;

    private async Task<IPage> OpenTabAt1280Async(string tab)
    {
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await page.OpenAsync("/data");
        await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
        return page;
    }

    /// <summary>Saves a recommendation for Guido Turing: a product by id and one an AI step proposed by name.</summary>
    private const string RecommendBeans = """
        {
          "name": "Recommend beans",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "recommend" } },
            { "stepSlug": "recommend", "stepType": "action",
              "config": { "type": "recommendation.create",
                          "parameters": { "customerId": "cust_095", "products": ["prod_001", { "name": "Gift wrapping" }], "reason": "Bought beans last month" } } }
          ]
        }
        """;

    private const string SendsAnEmail = """
        {
          "name": "Sends an email",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "send" } },
            { "stepSlug": "send", "stepType": "action",
              "config": { "type": "email_send", "parameters": { "to": "guido.turing95@example.com", "subject": "Your beans", "body": "They are on their way." } } }
          ]
        }
        """;

    /// <summary>How many lines the text in an element takes.</summary>
    private static Task<int> LinesAsync(ILocator element) => element.EvaluateAsync<int>(
        "e => { const r = document.createRange(); r.selectNodeContents(e); return new Set([...r.getClientRects()].map(l => Math.round(l.top))).size; }");

    /// <summary>How many pixels a table scrolls sideways; 0 when every column is on screen.</summary>
    private static Task<int> SidewaysScrollAsync(ILocator table) =>
        table.Locator(".mud-table-container").EvaluateAsync<int>("c => Math.max(0, c.scrollWidth - c.clientWidth)");
}
