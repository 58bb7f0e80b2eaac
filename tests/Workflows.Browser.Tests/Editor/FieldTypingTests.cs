using System.Text.RegularExpressions;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

/// <summary>A step's text fields keep typing in the browser and tell the server once, when the person pauses.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FieldTypingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task TypingInAStepField_SendsNothingPerKeystroke_AndCommitsOnceAfterThePause()
    {
        var api = await ApiClient.CreateAsync(fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")));
        var page = await fixture.NewPageAsync();
        var sent = new SentFrames(page);
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "send_vip_offer").ClickAsync();
        var subject = Field(page, "parameters.subject");
        await subject.ClickAsync();
        await subject.PressAsync("End");
        await sent.UntilQuietAsync();

        var before = sent.Frames;
        var eventsBefore = sent.Events;
        // Longer than the real pause while typing, so a slow machine cannot commit between two keystrokes.
        await subject.EvaluateAsync("box => box.dataset.commitDelay = '2000'");
        await subject.PressSequentiallyAsync(" and a gift");
        var sentWhileTyping = sent.Frames - before;

        Assert.Equal(0, sentWhileTyping);
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.Equal(1, sent.Events - eventsBefore);
        await Expect(subject).ToHaveValueAsync(new Regex(" and a gift$"));

        await subject.PressAsync("Tab");
        Assert.Equal(1, sent.Events - eventsBefore);
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "send_vip_offer").ClickAsync();
        await Expect(Field(page, "parameters.subject")).ToHaveValueAsync(new Regex(" and a gift$"));
    }

    [Fact]
    public async Task ClearingARequiredField_CommitsAfterThePause_AndShowsTheProblemUnderIt()
    {
        var api = await ApiClient.CreateAsync(fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")));
        var page = await fixture.NewPageAsync();
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
        var api = await ApiClient.CreateAsync(fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")));
        var page = await fixture.NewPageAsync();
        var sent = new SentFrames(page);
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "check_vip").ClickAsync();
        var value = page.Locator("input[data-testid=condition-value]");
        await value.ClickAsync();
        await value.PressAsync("End");
        await sent.UntilQuietAsync();

        var before = sent.Frames;
        var eventsBefore = sent.Events;
        // Longer than the real pause while typing, so a slow machine cannot commit between two keystrokes.
        await value.EvaluateAsync("box => box.dataset.commitDelay = '2000'");
        await value.PressSequentiallyAsync("500");
        var sentWhileTyping = sent.Frames - before;

        Assert.Equal(0, sentWhileTyping);
        await Expect(Node(page, "check_vip").Locator(".wf-node-summary")).ToHaveTextAsync("Total spent > 1,000,500", new() { Timeout = 10_000 });
        Assert.Equal(1, sent.Events - eventsBefore);
        await Expect(value).ToHaveValueAsync("1000500");
        await Expect(value).ToBeFocusedAsync();
    }
}
