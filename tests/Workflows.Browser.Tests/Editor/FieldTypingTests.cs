using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

/// <summary>A step's text fields keep typing in the browser and tell the server once, when the person pauses.</summary>
[Collection(EditorBrowserCollection.Name)]
public sealed class FieldTypingTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task TypingInAStepField_SendsNothingPerKeystroke_AndCommitsOnceAfterThePause()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")));
        var page = await Fixture.NewPageAsync();
        var sent = new SentFrames(page);
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "send_vip_offer").ClickAsync();
        var subject = Field(page, "parameters.subject");

        var sentWhileTyping = await TypeAtTheEndAsync(subject, " and a gift", sent);
        var eventsBefore = sent.Events;

        Assert.Equal(0, sentWhileTyping);
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.Equal(1, sent.Events - eventsBefore);
        await Expect(TokenField(page, "parameters.subject")).ToHaveAttributeAsync("data-text", new Regex(" and a gift$"));

        await subject.PressAsync("Tab");
        Assert.Equal(1, sent.Events - eventsBefore);
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "send_vip_offer").ClickAsync();
        await Expect(TokenField(page, "parameters.subject")).ToHaveAttributeAsync("data-text", new Regex(" and a gift$"));
    }

    [Fact]
    public async Task ClearingARequiredField_CommitsAfterThePause_AndShowsTheProblemUnderIt()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")));
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "send_vip_offer").ClickAsync();
        await Expect(page.GetByTestId("field-parameters.to").GetByRole(Microsoft.Playwright.AriaRole.Alert)).ToHaveCountAsync(0);

        var to = Field(page, "parameters.to");
        await to.ClickAsync();
        await to.PressAsync("Control+A");
        await to.PressAsync("Delete");

        await Expect(page.GetByTestId("field-parameters.to").GetByRole(Microsoft.Playwright.AriaRole.Alert)).ToContainTextAsync("needs To");
        await Expect(to).ToBeFocusedAsync();
    }

    [Fact]
    public async Task TypingInAConditionValue_SendsNothingPerKeystroke_AndCommitsOnceAfterThePause()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")));
        var page = await Fixture.NewPageAsync();
        var sent = new SentFrames(page);
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "check_vip").ClickAsync();
        var value = page.Locator("input[data-testid=condition-value]");

        var sentWhileTyping = await TypeAtTheEndAsync(value, "500", sent);
        var eventsBefore = sent.Events;

        Assert.Equal(0, sentWhileTyping);
        await Expect(Node(page, "check_vip").Locator(".wf-node-summary")).ToHaveTextAsync("Total spent > 1,000,500", new() { Timeout = 10_000 });
        Assert.Equal(1, sent.Events - eventsBefore);
        await Expect(value).ToHaveValueAsync("1000500");
        await Expect(value).ToBeFocusedAsync();
    }

    /// <summary>
    /// Types at the end of a box once the page is quiet and gives how many frames the page sent meanwhile. The box's pause is
    /// made longer than the typing, so a slow machine cannot commit between two keystrokes; it commits two seconds after.
    /// </summary>
    private static async Task<int> TypeAtTheEndAsync(ILocator box, string text, SentFrames sent)
    {
        await box.ClickAsync();
        await box.PressAsync("End");
        await sent.UntilQuietAsync();
        var before = sent.Frames;
        await box.EvaluateAsync("box => box.dataset.commitDelay = '2000'");
        await box.PressSequentiallyAsync(text);
        return sent.Frames - before;
    }
}
