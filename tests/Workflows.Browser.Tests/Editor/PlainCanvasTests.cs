using System.Net;
using System.Text;
using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

[Collection(EditorBrowserCollection.Name)]
public sealed class PlainCanvasTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private async Task<IPage> OpenVipFlowAsync(Func<string, string>? change = null)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json"));
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(change?.Invoke(text) ?? text);
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/workflows/{id}");
        return page;
    }

    [Fact]
    public async Task NodeSummaries_ReadAsLabels_AndEndAtTheNodesEdge()
    {
        var page = await OpenVipFlowAsync();

        var review = Node(page, "review_vip_offer");
        await Expect(review.Locator(".wf-node-summary")).ToHaveTextAsync("VIP offer for Get customer › Name");
        await Expect(Node(page, "get_customer").Locator(".wf-node-title")).ToHaveTextAsync("Get customer");
        await Expect(page.GetByTestId("canvas")).Not.ToContainTextAsync("{{");
        await Expect(page.GetByTestId("canvas")).Not.ToContainTextAsync("customer_get");
        foreach (var slug in new[] { "review_vip_offer", "get_customer", "check_vip" })
        {
            var body = await Node(page, slug).Locator("rect.wf-node-body").BoundingBoxAsync();
            var summary = await Node(page, slug).Locator(".wf-node-summary").BoundingBoxAsync();
            Assert.True(summary!.X + summary.Width <= body!.X + body.Width, $"{slug}'s summary ends inside its node");
        }
    }

    [Fact]
    public async Task PaletteClick_AfterAnApproval_LinksItsFreePort_AndCoversNoNode()
    {
        var page = await OpenVipFlowAsync();

        await Node(page, "review_vip_offer").ClickAsync();
        await page.GetByTestId("palette-wait").ClickAsync();

        await Expect(Node(page, "wait")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("link-review_vip_offer-rejected")).ToHaveCountAsync(1);
        var boxes = new List<(string Slug, LocatorBoundingBoxResult Box)>();
        foreach (var node in await page.Locator("[data-node]").AllAsync())
        {
            boxes.Add((await node.GetAttributeAsync("data-node") ?? "", (await node.Locator("rect.wf-node-body").BoundingBoxAsync())!));
        }
        var added = boxes.Single(b => b.Slug == "wait").Box;
        Assert.DoesNotContain(boxes, b => b.Slug != "wait" && Intersects(b.Box, added));
    }

    [Fact]
    public async Task WebhookTrigger_LearnsTheRunInput_FromAPastedSample()
    {
        var page = await OpenVipFlowAsync(text => text.Replace("\"config\": { \"type\": \"manual\" }", "\"config\": { \"type\": \"webhook\", \"path\": \"/webhooks/vip\" }"));

        await Node(page, "start").ClickAsync();
        var sample = page.Locator("textarea[data-testid=sample-payload]");
        await sample.FillAsync("{ \"customerId\": ");
        await sample.BlurAsync();
        await Expect(page.GetByTestId("trigger-input")).ToContainTextAsync("This is not valid JSON");
        await sample.FillAsync("{ \"customerId\": \"cust_456\", \"orderTotal\": 1250.5 }");
        await sample.BlurAsync();

        await Expect(page.GetByTestId("sample-fields")).ToHaveTextAsync("Fields found: Customer ID, Order total");
        await page.SaveDocScreenshotsAsync("trigger-sample", page.GetByTestId("trigger-input"));
    }

    [Fact]
    public async Task WebhookTrigger_LearnsTheRunInput_FromTheLastCallItReceived()
    {
        var hook = $"/webhooks/vip-{Guid.NewGuid():N}";
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json"));
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(text.Replace("\"config\": { \"type\": \"manual\" }", $"\"config\": {{ \"type\": \"webhook\", \"path\": \"{hook}\" }}"));
        await api.ActivateAsync(id);
        using var caller = new HttpClient { BaseAddress = new Uri(Fixture.App.BaseUrl) };
        using var call = await caller.PostAsync(hook, new StringContent("""{ "customerId": "cust_456", "orderTotal": 1250.5 }""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, call.StatusCode);
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/workflows/{id}");

        await Node(page, "start").ClickAsync();
        await page.GetByTestId("use-last-payload").ClickAsync();

        await Expect(page.GetByTestId("sample-fields")).ToHaveTextAsync("Fields found: Customer ID, Order total");
        await Node(page, "send_vip_offer").ClickAsync();
        await page.GetByTestId("pick-parameters.subject").ClickAsync();
        await page.GetByTestId("toggle-input").ClickAsync();
        await Expect(page.GetByTestId("pick-input.orderTotal")).ToContainTextAsync("Order total");
        await Expect(page.GetByTestId("pick-input.customerId")).ToContainTextAsync("Customer ID");
    }

    [Fact]
    public async Task ManualTrigger_DeclaresTheFieldsARunAsksFor()
    {
        var page = await OpenVipFlowAsync();

        await Node(page, "start").ClickAsync();
        await page.GetByTestId("add-input-field").ClickAsync();
        await page.GetByTestId("input-label-0").FillAsync("Customer");
        await page.GetByTestId("input-label-0").BlurAsync();

        await Expect(page.GetByTestId("input-name-0")).ToHaveValueAsync("customer");
        await page.SaveDocScreenshotsAsync("trigger-input-fields", page.GetByTestId("trigger-input"));
    }

    private static bool Intersects(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
