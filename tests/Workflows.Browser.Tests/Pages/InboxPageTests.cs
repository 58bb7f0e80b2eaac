using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class InboxPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task VipOffer_ReachesTheInbox_AndContinuesWithTheReviewersOfferValue()
    {
        using var api = await ApiClientAsync();
        var executionId = await StartVipOfferAsync(api, "cust_003");

        var page = await fixture.NewPageAsync();
        await page.OpenAsync("/inbox");
        await page.GetByTestId("inbox-item").Filter(new() { HasText = "VIP offer for Guido Lamarr" }).ClickAsync();
        await Expect(page.GetByTestId("customer-card")).ToContainTextAsync("Guido Lamarr");
        await page.GetByTestId("field-offerValue").FillAsync("35");
        await page.SaveScreenshotAsync("inbox-vip-offer");
        await page.GetByTestId("approve").ClickAsync();

        await Expect(page.GetByText("VIP offer for Guido Lamarr: approved")).ToBeVisibleAsync();
        var execution = await WaitForStatusAsync(api, executionId, "completed");
        var send = execution["steps"]!.AsArray().Single(s => s!["stepSlug"]!.GetValue<string>() == "send_vip_offer")!;
        Assert.Contains("enjoy 35% off", send["input"]!["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task KeyA_ApprovesTheSelectedItem()
    {
        using var api = await ApiClientAsync();
        var executionId = await StartVipOfferAsync(api, "cust_004");

        var page = await fixture.NewPageAsync();
        await page.OpenAsync("/inbox");
        await page.GetByTestId("inbox-item").Filter(new() { HasText = "VIP offer for Lena Torvalds" }).ClickAsync();
        await Expect(page.GetByTestId("approval-detail")).ToContainTextAsync("Lena Torvalds");
        await page.Keyboard.PressAsync("a");

        await Expect(page.GetByText("VIP offer for Lena Torvalds: approved")).ToBeVisibleAsync();
        await WaitForStatusAsync(api, executionId, "completed");
    }

    /// <summary>An API key's client, so the run is not started by the signed-in admin, who then may approve it.</summary>
    private async Task<HttpClient> ApiClientAsync()
    {
        var key = (await fixture.App.RunCommandLineAsync("apikey", "create", "inbox-tests")).Trim();
        var client = new HttpClient { BaseAddress = new Uri(fixture.App.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<string> StartVipOfferAsync(HttpClient api, string customerId)
    {
        var workflow = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json"));
        using var imported = await api.PostAsync("/api/workflows", new StringContent(workflow, System.Text.Encoding.UTF8, "application/json"));
        imported.EnsureSuccessStatusCode();
        var workflowId = (await imported.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var started = await api.PostAsJsonAsync($"/api/workflows/{workflowId}/runs", new { input = new { customerId } });
        started.EnsureSuccessStatusCode();
        var executionId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["executionId"]!.GetValue<string>();
        await WaitForStatusAsync(api, executionId, "waiting");
        return executionId;
    }

    private static async Task<JsonObject> WaitForStatusAsync(HttpClient api, string executionId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var execution = (await api.GetFromJsonAsync<JsonObject>($"/api/executions/{executionId}"))!;
            if (execution["status"]!.GetValue<string>() == status || DateTime.UtcNow > deadline)
            {
                Assert.Equal(status, execution["status"]!.GetValue<string>());
                return execution;
            }
            await Task.Delay(100);
        }
    }
}
