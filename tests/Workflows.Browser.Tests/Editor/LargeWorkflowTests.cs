using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflows.Browser.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

/// <summary>
/// A 200-step workflow on the canvas: dragging a node must not talk to the server until the mouse is released.
/// Render time and frames per second are printed for the note, not asserted.
/// </summary>
[Collection(EditorBrowserCollection.Name)]
public sealed class LargeWorkflowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture)
{
    private static string TwoHundredSteps()
    {
        var steps = new JsonArray { new JsonObject { ["stepSlug"] = "start", ["stepType"] = "trigger", ["config"] = new JsonObject { ["type"] = "manual" }, ["nextSteps"] = new JsonObject { ["success"] = "wait_1" } } };
        for (var i = 1; i < 200; i++)
        {
            var next = i < 199 ? new JsonObject { ["success"] = $"wait_{i + 1}" } : new JsonObject();
            steps.Add(new JsonObject { ["stepSlug"] = $"wait_{i}", ["stepType"] = "wait", ["config"] = new JsonObject { ["duration"] = $"{i} minutes" }, ["nextSteps"] = next });
        }
        return new JsonObject { ["name"] = "Two hundred steps", ["steps"] = steps }.ToJsonString();
    }

    [Fact]
    public async Task DraggingANode_InA200StepWorkflow_SendsNothingToTheServerUntilRelease()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(TwoHundredSteps());
        var page = await Fixture.NewPageAsync();
        var sent = new SentFrames(page);

        var clock = Stopwatch.StartNew();
        await page.GotoAsync($"/workflows/{id}");
        await Expect(page.Locator("[data-node]")).ToHaveCountAsync(200);
        output.WriteLine($"200-step workflow drawn {clock.ElapsedMilliseconds} ms after navigation started");
        await page.WaitForInteractiveAsync();

        await sent.UntilQuietAsync(TimeSpan.FromSeconds(1));

        var node = Node(page, "start");
        var before = await node.GetAttributeAsync("data-y");
        var (x, y) = await CenterOfAsync(node);
        await page.EvaluateAsync("() => { window.__frames = 0; const tick = () => { window.__frames++; window.__raf = requestAnimationFrame(tick); }; tick(); }");
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.DownAsync();
        var sentBeforeMove = sent.Frames;
        var drag = Stopwatch.StartNew();
        for (var step = 1; step <= 60; step++)
        {
            await page.Mouse.MoveAsync(x + step * 4, y + step * 2);
        }
        var sentDuringMove = sent.Frames - sentBeforeMove;
        var frames = await page.EvaluateAsync<int>("() => { cancelAnimationFrame(window.__raf); return window.__frames; }");
        output.WriteLine($"drag: 60 pointer moves in {drag.ElapsedMilliseconds} ms, {frames * 1000.0 / drag.ElapsedMilliseconds:F0} frames/s, {sentDuringMove} messages to the server");
        await page.Mouse.UpAsync();

        Assert.Equal(0, sentDuringMove);
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();
        Assert.NotEqual(before, await node.GetAttributeAsync("data-y"));

        // Undo re-renders the whole diagram on the server and patches the page: the time a person waits after an edit.
        var render = Stopwatch.StartNew();
        await page.GetByTestId("undo").ClickAsync();
        await Expect(node).ToHaveAttributeAsync("data-y", before!);
        output.WriteLine($"200-step diagram redrawn after an edit in {render.ElapsedMilliseconds} ms (click to updated node)");
    }
}
