using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

/// <summary>A step's template text edited with each inserted value as a chip inside the field, as a marketer does.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TokenFieldTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Body =
        "Hi {{steps.get_customer.output.name}}, enjoy {{steps.review_vip_offer.output.fields.offerValue}}% off your next order.";

    private const string Email = "{{steps.get_customer.output.email}}";

    /// <summary>Opens the VIP offer flow's email step, counting what the page sends from the start.</summary>
    private async Task<(IPage Page, SentFrames Sent, string Id)> OpenEmailStepAsync()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")));
        var page = await Fixture.NewPageAsync();
        var sent = new SentFrames(page);
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "send_vip_offer").ClickAsync();
        await Expect(Field(page, "parameters.body").Locator(".token-chip").First).ToHaveTextAsync("Get customer › Name");
        return (page, sent, id);
    }

    [Fact]
    public async Task Marketer_InsertsAFieldAtTheCaret_DeletesItWithOneBackspace_AndTheSavedTextIsTheExactTemplate()
    {
        var (page, sent, id) = await OpenEmailStepAsync();
        var body = Field(page, "parameters.body");
        var stored = TokenField(page, "parameters.body");

        // Typing, a new line included, stays in the browser until the pause.
        await body.ClickAsync();
        await body.PressAsync("Control+End");
        await sent.UntilQuietAsync();
        var before = sent.Frames;
        await body.EvaluateAsync("box => box.dataset.commitDelay = '2000'");
        await body.PressSequentiallyAsync(" See you soon.");
        await body.PressAsync("Enter");
        await body.PressSequentiallyAsync("Your team");
        Assert.Equal(0, sent.Frames - before);
        await Expect(stored).ToHaveAttributeAsync("data-text", Body + " See you soon.\nYour team", new() { Timeout = 10_000 });

        // The picker puts the chip where the caret is: at the start of the text.
        await body.PressAsync("Control+Home");
        await page.GetByTestId("pick-parameters.body").ClickAsync();
        await page.GetByTestId("pick-steps.get_customer.output.email").ClickAsync();
        await Expect(body.Locator(".token-chip").First).ToHaveTextAsync("Get customer › Email");
        await Expect(stored).ToHaveAttributeAsync("data-text", Email + Body + " See you soon.\nYour team");

        // One Backspace takes the whole chip away.
        await Expect(body).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Backspace");
        await Expect(body.Locator(".token-chip")).ToHaveCountAsync(2);
        await Expect(stored).ToHaveAttributeAsync("data-text", Body + " See you soon.\nYour team");

        // Arrows step over a chip: from the end of "Hi " one step right lands after the name, where the email goes in.
        await body.PressAsync("Control+Home");
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }
        await page.GetByTestId("pick-parameters.body").ClickAsync();
        await page.GetByTestId("pick-steps.get_customer.output.email").ClickAsync();
        var saved = "Hi {{steps.get_customer.output.name}}" + Email
            + ", enjoy {{steps.review_vip_offer.output.fields.offerValue}}% off your next order. See you soon.\nYour team";
        await Expect(stored).ToHaveAttributeAsync("data-text", saved);
        await page.SaveDocScreenshotsAsync("editor-token-field", body);

        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "send_vip_offer").ClickAsync();
        await Expect(TokenField(page, "parameters.body")).ToHaveAttributeAsync("data-text", saved);
        await Expect(Field(page, "parameters.body").Locator(".token-chip")).ToHaveTextAsync(["Get customer › Name", "Get customer › Email", "Approval › Reviewer's answers › Offer value (%)"]);
    }

    [Fact]
    public async Task PastingHtml_PastesItsPlainText_AndItsTemplatesBecomeChips_WhileCopyKeepsTheTemplateText()
    {
        var (page, _, _) = await OpenEmailStepAsync();
        var body = Field(page, "parameters.body");
        await body.ClickAsync();
        await body.PressAsync("Control+End");

        await body.EvaluateAsync("""
            box => {
                const data = new DataTransfer();
                data.setData('text/html', '<b>Bold</b><img src="x" onerror="window.pwned = true">');
                data.setData('text/plain', ' Write to {{steps.get_customer.output.email}}');
                box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """);

        await Expect(body.Locator(".token-chip")).ToHaveCountAsync(3);
        await Expect(body.Locator(".token-chip").Last).ToHaveTextAsync("Get customer › Email");
        await Expect(body.Locator("b, img")).ToHaveCountAsync(0);
        await Expect(TokenField(page, "parameters.body")).ToHaveAttributeAsync("data-text", Body + " Write to " + Email);
        await Expect(body).ToBeFocusedAsync();

        await body.PressAsync("Control+a");
        var copied = await body.EvaluateAsync<string>("""
            box => {
                const data = new DataTransfer();
                box.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
                return data.getData('text/plain');
            }
            """);
        Assert.Equal(Body + " Write to " + Email, copied);
    }

    [Fact]
    public async Task RawTextSwitch_ShowsTheTemplateText_ForPowerUsers()
    {
        var (page, _, _) = await OpenEmailStepAsync();

        await page.GetByTestId("raw-parameters.body").ClickAsync();

        await Expect(page.Locator("[data-testid='field-parameters.body'] textarea")).ToHaveValueAsync(Body);
        await page.GetByTestId("raw-parameters.body").ClickAsync();
        await Expect(Field(page, "parameters.body").Locator(".token-chip")).ToHaveCountAsync(2);
    }
}
