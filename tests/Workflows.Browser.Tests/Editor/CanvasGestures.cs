using Microsoft.Playwright;

namespace Workflows.Browser.Tests.Editor;

/// <summary>Mouse gestures on the workflow canvas, as a person makes them.</summary>
internal static class CanvasGestures
{
    public static async Task<(float X, float Y)> CenterOfAsync(ILocator locator)
    {
        var box = await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The element is not on screen.");
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    /// <summary>Presses at <paramref name="from"/>, moves in small steps to <paramref name="to"/> and releases.</summary>
    public static async Task DragAsync(IPage page, ILocator from, ILocator to, int steps = 10)
    {
        var (fromX, fromY) = await CenterOfAsync(from);
        var (toX, toY) = await CenterOfAsync(to);
        await DragAsync(page, (fromX, fromY), (toX, toY), steps);
    }

    public static async Task DragAsync(IPage page, (float X, float Y) from, (float X, float Y) to, int steps = 10)
    {
        await page.Mouse.MoveAsync(from.X, from.Y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(to.X, to.Y, new MouseMoveOptions { Steps = steps });
        await page.Mouse.UpAsync();
    }

    public static ILocator Node(IPage page, string slug) => page.GetByTestId($"node-{slug}");

    public static ILocator Port(IPage page, string slug, string port) => page.Locator($"[data-testid='port-{slug}-{port}'] circle");

    /// <summary>The box a step field is typed in: a plain input or text area, or a text field that shows its values as chips.</summary>
    public static ILocator Field(IPage page, string path) => page.Locator(
        $"[data-testid='field-{path}'] input, [data-testid='field-{path}'] textarea:not([readonly]), [data-testid='field-{path}'] [data-token-field][contenteditable=true]").First;

    /// <summary>A field with chips, whose <c>data-text</c> is the template text it holds (each chip as its <c>{{…}}</c>).</summary>
    public static ILocator TokenField(IPage page, string path) => page.Locator($"[data-testid='field-{path}'] [data-token-field]");

    /// <summary>Runs a command from the editor toolbar's overflow menu.</summary>
    public static async Task ToolbarCommandAsync(IPage page, string testId)
    {
        await page.GetByTestId("more-actions").GetByRole(AriaRole.Button).ClickAsync();
        await page.GetByTestId(testId).ClickAsync();
    }
}
