using System.Text;
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
        var events = 0;
        var frames = 0;
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            Interlocked.Increment(ref frames);
            // Blazor's message names what it carries: a browser event is a call of DispatchEventAsync.
            var text = frame.Text ?? (frame.Binary is { } bytes ? Encoding.ASCII.GetString(bytes) : "");
            if (text.Contains("DispatchEventAsync", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref events);
            }
        };
        await page.OpenAsync($"/workflows/{id}");
        await Node(page, "send_vip_offer").ClickAsync();
        var subject = Field(page, "parameters.subject");
        await subject.ClickAsync();
        await subject.PressAsync("End");
        await UntilQuietAsync(() => Volatile.Read(ref frames));

        var before = Volatile.Read(ref frames);
        var eventsBefore = Volatile.Read(ref events);
        // Longer than the real pause while typing, so a slow machine cannot commit between two keystrokes.
        await subject.EvaluateAsync("box => box.dataset.commitDelay = '2000'");
        await subject.PressSequentiallyAsync(" and a gift");
        var sentWhileTyping = Volatile.Read(ref frames) - before;

        Assert.Equal(0, sentWhileTyping);
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync(new() { Timeout = 10_000 });
        Assert.Equal(1, Volatile.Read(ref events) - eventsBefore);
        await Expect(subject).ToHaveValueAsync(new Regex(" and a gift$"));

        await subject.PressAsync("Tab");
        Assert.Equal(1, Volatile.Read(ref events) - eventsBefore);
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

        await Expect(page.GetByTestId("field-parameters.to").GetByRole(Microsoft.Playwright.AriaRole.Alert)).ToContainTextAsync("'to'");
        await Expect(to).ToBeFocusedAsync();
    }

    /// <summary>Waits until the page has sent nothing for half a second: the panel's menus finish measuring themselves after it opens.</summary>
    private static async Task UntilQuietAsync(Func<int> sent)
    {
        var last = -1;
        while (sent() != last)
        {
            last = sent();
            await Task.Delay(500);
        }
    }
}
