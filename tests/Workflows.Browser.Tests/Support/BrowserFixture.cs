using Microsoft.Playwright;

namespace Workflows.Browser.Tests.Support;

/// <summary>
/// One running app with an admin account, and one Chromium (Debian's, never a downloaded build),
/// shared by the browser tests. Pages open already signed in as the admin unless asked otherwise.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private string? _adminState;

    public AppServer App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await AppServer.StartAsync(Credentials.Admin);
        try
        {
            await LaunchBrowserAsync();
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed: the app must not outlive the test run.
            await App.DisposeAsync();
            throw;
        }
    }

    private async Task LaunchBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await NewPageAsync(signedIn: false);
        await page.SignInAsync(Credentials.Admin);
        _adminState = await page.Context.StorageStateAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>A page in a fresh browser context; <paramref name="timeZone"/> (an IANA id) sets the browser's zone.</summary>
    public async Task<IPage> NewPageAsync(bool signedIn = true, string? timeZone = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
            StorageState = signedIn ? _adminState : null,
            TimezoneId = timeZone,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
