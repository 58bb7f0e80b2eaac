using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

/// <summary>
/// The VIP offer flow built from a blank workflow the way a marketer builds it: palette, data picker, condition
/// builder and approval form designer, never typing a <c>{{…}}</c> template path.
/// </summary>
[Collection(EditorBrowserCollection.Name)]
public sealed class MarketerBuildsVipFlowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Marketer_BuildsTheVipOfferFlowWithoutTypingATemplate_ItsTestRunShowsTheBranchAndWhy_AndTheEmailCarriesTheReviewersValue()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/workflows");
        await ClickUntilShownAsync(page.GetByTestId("new-workflow"), page.GetByRole(AriaRole.Dialog).Locator("input"));
        await FillAsync(page.GetByRole(AriaRole.Dialog).Locator("input"), $"VIP offer {Guid.NewGuid():N}");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page.GetByTestId("editor")).ToBeVisibleAsync();

        // Start: the run asks for a customer.
        await ClickUntilShownAsync(Node(page, "start"), page.GetByTestId("add-input-field"));
        await page.GetByTestId("add-input-field").ClickAsync();
        await FillAsync(page.GetByTestId("input-label-0"), "Customer id");
        await page.GetByTestId("input-label-0").PressAsync("Tab");
        await Expect(page.GetByTestId("input-name-0")).ToHaveValueAsync("customerId");

        // Get customer, with the id picked from what the run starts with.
        await AddFromPaletteAsync(page, "get customer", "action:customer.get_by_id");
        await PickAsync(page, "parameters.customerId", "input.customerId");
        await Expect(TokenField(page, "parameters.customerId")).ToHaveAttributeAsync("data-text", "{{input.customerId}}");

        // Is VIP? Total spent is greater than 1000, in the condition builder.
        await AddFromPaletteAsync(page, "condition", "condition");
        await page.Locator(".condition-row .field .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Total spent", new() { Exact = true }).First.ClickAsync();
        await page.Locator(".condition-row .operator .mud-select").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("is greater than", new() { Exact = true }).ClickAsync();
        await FillAsync(page.Locator("input[data-testid=condition-value]"), "1000");
        await page.Locator("input[data-testid=condition-value]").PressAsync("Tab");
        await Expect(page.GetByTestId("condition-summary")).ToContainTextAsync("Total spent > 1,000");

        // Review the offer: a money field for the reviewer, and rows of data picked for them to see.
        await AddFromPaletteAsync(page, "approval", "approval");
        await Expect(page.GetByTestId("link-check-true")).ToHaveCountAsync(1);
        await FillAsync(Field(page, "title"), "VIP offer for ");
        await PickAsync(page, "title", "steps.get_customer.output.name");
        await Expect(TokenField(page, "title")).ToHaveAttributeAsync("data-text", "VIP offer for {{steps.get_customer.output.name}}");
        await page.GetByTestId("add-approval-field").ClickAsync();
        await FillAsync(page.GetByTestId("designer-label-0"), "Offer value");
        await page.GetByTestId("designer-label-0").PressAsync("Tab");
        await Expect(page.GetByTestId("designer-name-0")).ToHaveValueAsync("offerValue");
        await page.GetByTestId("designer-field").Locator(".type-select").ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Money", new() { Exact = true }).ClickAsync();
        await page.GetByTestId("add-data-row").ClickAsync();
        await FillAsync(page.GetByTestId("data-label-0"), "Total spent");
        await page.GetByTestId("data-label-0").PressAsync("Tab");
        await PickAsync(page, "data-value-0", "steps.get_customer.output.totalSpent");
        await Expect(TokenField(page, "data-value-0")).ToHaveAttributeAsync("data-text", "{{steps.get_customer.output.totalSpent}}");

        // Send the email, its address and body built with the picker.
        await AddFromPaletteAsync(page, "send email", "action:email_send");
        await Expect(page.GetByTestId("link-approval-approved")).ToHaveCountAsync(1);
        await PickAsync(page, "parameters.to", "steps.get_customer.output.email");
        await FillAsync(Field(page, "parameters.subject"), "Your VIP offer: ");
        await PickAsync(page, "parameters.subject", "steps.approval.output.fields.offerValue");
        await FillAsync(Field(page, "parameters.body"), "Hi ");
        await PickAsync(page, "parameters.body", "steps.get_customer.output.name");
        await TypeAtEndAsync(Field(page, "parameters.body"), ", here is an offer worth ");
        await PickAsync(page, "parameters.body", "steps.approval.output.fields.offerValue");
        await TypeAtEndAsync(Field(page, "parameters.body"), " just for you.");
        await Expect(TokenField(page, "parameters.body")).ToHaveAttributeAsync("data-text",
            "Hi {{steps.get_customer.output.name}}, here is an offer worth {{steps.approval.output.fields.offerValue}} just for you.");
        await Expect(page.Locator("[data-testid^=badge-].error")).ToHaveCountAsync(0);

        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);

        // Test-run it for a contact found by name.
        await page.GetByTestId("test-run").ClickAsync();
        await page.PickAsync(page.GetByTestId("test-run-contact"), "Guido Turing", "guido.turing95");
        await Expect(page.GetByTestId("test-run-input")).ToHaveValueAsync(new Regex("cust_095"));
        await page.GetByTestId("start-test-run").ClickAsync();

        await Expect(Node(page, "approval")).ToHaveClassAsync(new Regex("run-waiting"), new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("link-check-true")).ToHaveClassAsync(new Regex("taken"));
        await Expect(page.GetByTestId("note-check")).ToContainTextAsync("is greater than 1,000 → true");
        await page.SaveScreenshotAsync("marketer-built-vip-flow-run");
        var executionId = (await page.GetByText("Open run").GetAttributeAsync("href"))!.Split('/')[^1];

        // Whoever started a run cannot approve it, so another account reviews it and edits the offer.
        var reviewer = await ReviewerPageAsync();
        await reviewer.OpenAsync("/inbox");
        await ClickUntilShownAsync(reviewer.GetByTestId("inbox-item").Filter(new() { HasText = "VIP offer for Guido Turing" }), reviewer.GetByTestId("field-offerValue"));
        await Expect(reviewer.GetByTestId("approval-detail").GetByTestId("approval-data").Last).ToContainTextAsync("Total spent");
        await FillAsync(reviewer.GetByTestId("field-offerValue"), "150.50");
        await reviewer.GetByTestId("approve").ClickAsync();
        await Expect(reviewer.GetByText("VIP offer for Guido Turing: approved")).ToBeVisibleAsync();

        var api = await ApiClient.CreateAsync(Fixture.App);
        var execution = await api.WaitForStatusAsync(executionId, "completed");
        Assert.Equal("completed", execution["status"]!.GetValue<string>());
        var send = execution["steps"]!.AsArray().Single(s => s!["stepSlug"]!.GetValue<string>() == "send_email")!;
        Assert.Equal("Hi Guido Turing, here is an offer worth 150.50 just for you.", send["input"]!["body"]!.GetValue<string>());

        await reviewer.OpenAsync("/data");
        await ClickUntilShownAsync(reviewer.GetByRole(AriaRole.Tab, new() { Name = "Outbox" }), reviewer.GetByTestId("outbox-search"));
        await FillAsync(reviewer.GetByTestId("outbox-search"), "guido.turing95");
        await Expect(reviewer.GetByTestId("outbox-table").Locator("tbody tr").Filter(new() { HasText = "Your VIP offer: 150.50" })).ToHaveCountAsync(1);
    }

    private async Task<IPage> ReviewerPageAsync()
    {
        var reviewer = new Credentials($"reviewer-{Guid.NewGuid():N}@example.com", "reviewer-password");
        await Fixture.App.RunCommandLineAsync("create-admin", "--email", reviewer.Email, "--password", reviewer.Password);
        var page = await Fixture.NewPageAsync(signedIn: false);
        await page.SignInAsync(reviewer);
        return page;
    }

    /// <summary>
    /// Clicks until what the click opens shows: a page is drawn before its interactive connection is up, and a click
    /// in that moment is lost, which happens on a busy machine.
    /// </summary>
    private static async Task ClickUntilShownAsync(ILocator target, ILocator shown)
    {
        for (var attempt = 1; ; attempt++)
        {
            await target.ClickAsync();
            try
            {
                await shown.WaitForAsync(new() { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 4)
            {
            }
        }
    }

    private static async Task AddFromPaletteAsync(IPage page, string search, string kind)
    {
        await FillAsync(page.GetByTestId("palette-search"), search);
        await page.GetByTestId($"palette-{kind}").ClickAsync();
    }

    /// <summary>Opens the data picker of a field and chooses a value, opening its step in the tree when it is closed.</summary>
    private static async Task PickAsync(IPage page, string fieldPath, string dataPath)
    {
        await page.GetByTestId($"pick-{fieldPath}").ClickAsync();
        var picker = page.GetByTestId("data-picker");
        await Expect(picker).ToBeVisibleAsync();
        var choice = page.GetByTestId($"pick-{dataPath}");
        if (await choice.CountAsync() == 0)
        {
            await page.GetByTestId($"toggle-{dataPath[..dataPath.LastIndexOf('.')]}").ClickAsync();
        }
        await choice.ClickAsync();
    }

    private static async Task FillAsync(ILocator box, string text)
    {
        Assert.DoesNotContain("{{", text);
        await box.FillAsync(text);
    }

    private static async Task TypeAsync(ILocator box, string text)
    {
        Assert.DoesNotContain("{{", text);
        await box.PressSequentiallyAsync(text);
    }

    private static async Task TypeAtEndAsync(ILocator box, string text)
    {
        await box.ClickAsync();
        await box.PressAsync("Control+End");
        await TypeAsync(box, text);
    }
}
