using Microsoft.Playwright;

namespace Workflows.Browser.Tests.Support;

internal static class PageExtensions
{
    private const string InteractiveAndCanvasesReady =
        "() => document.body.hasAttribute('data-interactive')"
        + " && [...document.querySelectorAll('.wf-canvas')].every(canvas => canvas.dataset.gestures === 'ready')";

    /// <summary>Opens a page and waits until it answers clicks and drags (see <see cref="WaitForInteractiveAsync"/>).</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Waits until the interactive circuit is up and every canvas on the page has its gestures attached.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) => page.WaitForFunctionAsync(InteractiveAndCanvasesReady);

    public static async Task SignInAsync(this IPage page, Credentials credentials)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#email", credentials.Email);
        await page.FillAsync("#password", credentials.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));
    }

    public static Task SaveScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Screenshots, $"{name}.png"), FullPage = true });

    /// <summary>A screenshot of what the browser window shows now, saved under docs/screenshots as name-WIDTHxHEIGHT.png.</summary>
    public static Task SaveDocScreenshotAsync(this IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "docs", "screenshots")).FullName;
        var size = page.ViewportSize!;
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{size.Width}x{size.Height}.png") });
    }

    /// <summary>Screenshots of what the browser window shows at each size the docs show, saved under docs/screenshots.</summary>
    public static async Task SaveDocScreenshotsAsync(this IPage page, string name, ILocator focus)
    {
        var folder = Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "docs", "screenshots")).FullName;
        foreach (var (width, height) in new[] { (1440, 900), (1280, 720) })
        {
            await page.SetViewportSizeAsync(width, height);
            await focus.ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{width}x{height}.png") });
        }
    }
}
