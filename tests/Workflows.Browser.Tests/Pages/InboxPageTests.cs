using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class InboxPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task VipOffer_ReachesTheInbox_AndContinuesWithTheReviewersOfferValue()
    {
        using var api = await ApiClientAsync();
        var executionId = await StartVipOfferAsync(api, "cust_003");

        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/inbox");
        await page.GetByTestId("inbox-item").Filter(new() { HasText = "VIP offer for Guido Lamarr" }).ClickAsync();
        await Expect(page.GetByTestId("customer-card")).ToContainTextAsync("Guido Lamarr");
        await page.GetByTestId("field-offerValue").FillAsync("35");
        await page.SaveScreenshotAsync("inbox-vip-offer");
        await page.GetByTestId("approve").ClickAsync();

        await Expect(page.GetByText("VIP offer for Guido Lamarr: approved")).ToBeVisibleAsync();
        var execution = await api.WaitForStatusAsync(executionId, "completed");
        var send = execution["steps"]!.AsArray().Single(s => s!["stepSlug"]!.GetValue<string>() == "send_vip_offer")!;
        Assert.Contains("enjoy 35% off", send["input"]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task KeyA_ApprovesTheSelectedItem()
    {
        using var api = await ApiClientAsync();
        var executionId = await StartVipOfferAsync(api, "cust_004");

        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/inbox");
        await page.GetByTestId("inbox-item").Filter(new() { HasText = "VIP offer for Lena Torvalds" }).ClickAsync();
        await Expect(page.GetByTestId("approval-detail")).ToContainTextAsync("Lena Torvalds");
        await page.Keyboard.PressAsync("a");

        await Expect(page.GetByText("VIP offer for Lena Torvalds: approved")).ToBeVisibleAsync();
        await api.WaitForStatusAsync(executionId, "completed");
    }

    [Fact]
    public async Task ReviewerForm_BuiltInTheDesigner_CarriesTheEditedMoneyValue_ToTheEmail()
    {
        using var api = await ApiClientAsync();
        var workflow = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")))!;
        var review = workflow["steps"]!.AsArray().Single(s => s!["stepSlug"]!.GetValue<string>() == "review_vip_offer")!["config"]!.AsObject();
        review["title"] = "Store credit for {{steps.get_customer.output.name}}";
        review.Remove("fields");
        workflow["steps"]!.AsArray().Single(s => s!["stepSlug"]!.GetValue<string>() == "send_vip_offer")!["config"]!["parameters"]!["body"] =
            "Hi {{steps.get_customer.output.name}}, here is {{steps.review_vip_offer.output.fields.storeCredit}} in store credit.";
        var workflowId = await ImportAsync(api, workflow.ToJsonString());

        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/workflows/{workflowId}");
        await page.GetByTestId("node-review_vip_offer").ClickAsync();
        await page.GetByTestId("add-approval-field").ClickAsync();
        await page.GetByTestId("designer-label-0").FillAsync("Store credit");
        await page.GetByTestId("designer-label-0").PressAsync("Tab");
        await Expect(page.GetByTestId("designer-name-0")).ToHaveValueAsync("storeCredit");
        await page.GetByTestId("designer-field").Locator(".type-select").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Money", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("designer-max-0").FillAsync("500");
        await page.GetByTestId("designer-max-0").PressAsync("Tab");
        await page.GetByTestId("add-data-row").ClickAsync();
        await page.GetByTestId("data-label-1").FillAsync("Reason");
        await page.GetByTestId("data-label-1").PressAsync("Tab");
        var reason = Editor.CanvasGestures.Field(page, "data-value-1");
        await reason.FillAsync("Spent over 1,000 this year");
        await reason.PressAsync("Tab");
        await Expect(Editor.CanvasGestures.TokenField(page, "data-value-1")).ToHaveAttributeAsync("data-text", "Spent over 1,000 this year");
        await Expect(page.GetByTestId("designer-max-0")).ToHaveValueAsync("500");
        await page.SaveDocScreenshotsAsync("approval-form-designer", page.GetByTestId("approval-designer"));
        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);

        using (var published = await api.PostAsync($"/api/workflows/{workflowId}/publish", null))
        {
            published.EnsureSuccessStatusCode();
        }
        var executionId = await StartAsync(api, workflowId, "cust_003");
        await page.OpenAsync("/inbox");
        await page.GetByTestId("inbox-item").Filter(new() { HasText = "Store credit for Guido Lamarr" }).ClickAsync();
        var data = page.GetByTestId("approval-detail").GetByTestId("approval-data");
        await Expect(data.Last).ToContainTextAsync("Reason");
        await Expect(data.Last).ToContainTextAsync("Spent over 1,000 this year");
        await Expect(page.GetByTestId("customer-card")).ToContainTextAsync("Total spent");
        await Expect(page.GetByTestId("approval-detail")).Not.ToContainTextAsync("{");
        await page.GetByTestId("field-storeCredit").FillAsync("120.50");
        await page.SaveDocScreenshotsAsync("inbox-approval-item", page.GetByTestId("approval-detail"));
        await page.GetByTestId("approve").ClickAsync();

        await Expect(page.GetByText("Store credit for Guido Lamarr: approved")).ToBeVisibleAsync();
        var execution = await api.WaitForStatusAsync(executionId, "completed");
        var send = execution["steps"]!.AsArray().Single(s => s!["stepSlug"]!.GetValue<string>() == "send_vip_offer")!;
        Assert.Contains("here is 120.50 in store credit", send["input"]!["body"]!.GetValue<string>());
    }

    /// <summary>An API key's client, so the run is not started by the signed-in admin, who then may approve it.</summary>
    private async Task<HttpClient> ApiClientAsync()
    {
        var key = await Fixture.App.ApiKeyAsync();
        var client = new HttpClient { BaseAddress = new Uri(Fixture.App.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<string> StartVipOfferAsync(HttpClient api, string customerId)
    {
        var workflow = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json"));
        return await StartAsync(api, await ImportAsync(api, workflow), customerId);
    }

    private static async Task<string> ImportAsync(HttpClient api, string workflow)
    {
        using var imported = await api.PostAsync("/api/workflows", new StringContent(workflow, System.Text.Encoding.UTF8, "application/json"));
        imported.EnsureSuccessStatusCode();
        return (await imported.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Starts the workflow for a customer and waits until it waits for its reviewer.</summary>
    private static async Task<string> StartAsync(HttpClient api, string workflowId, string customerId)
    {
        using var started = await api.PostAsJsonAsync($"/api/workflows/{workflowId}/runs", new { input = new { customerId } });
        started.EnsureSuccessStatusCode();
        var executionId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["executionId"]!.GetValue<string>();
        await api.WaitForStatusAsync(executionId, "waiting");
        return executionId;
    }
}
