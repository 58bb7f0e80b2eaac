using Microsoft.Playwright;

namespace Workflows.Browser.Tests.Support;

internal static class PageExtensions
{
    /// <summary>Opens a page and waits until Blazor's interactive circuit is up, so clicks reach .NET.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && document.querySelector('h1') !== null");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

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
