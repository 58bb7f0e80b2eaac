using Microsoft.Playwright;

namespace Workflows.Browser.Tests.Support;

/// <summary>
/// One running app with an admin account, and one Chromium (Debian's, never a downloaded build),
/// shared by the browser tests. Pages open already signed in as the admin unless asked otherwise.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// Chromium keeps only the last --disable-features it is given, so this one repeats Playwright's own list (its
    /// chromiumSwitches as of 1.64, less two Edge-only names) and adds the address bar's popups: every new window
    /// started a renderer for them, unseen headless, a fifth of Chromium's time in the browser tests.
    /// </summary>
    private const string DisabledFeatures = "--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,"
        + "DialMediaRouteProvider,GlobalMediaControls,HttpsUpgrades,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,"
        + "BlockOriginHeaderModificationOnRedirect,AvoidCorsURLLoaderRestartOnRedirect,Translate,AutoDeElevate,OptimizationHints,"
        + "NetworkTimeServiceQuerying,AimEnabled,WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup";

    private readonly List<IBrowserContext> _openContexts = [];
    private IPlaywright? _playwright;
    private string? _adminState;

    public AppServer App { get; private set; } = null!;

    private IBrowser Browser { get; set; } = null!;

    public async Task InitializeAsync()
    {
        // The groups run side by side on a 2-core machine: a page may take longer than Playwright's 5 s to show what a test expects.
        Assertions.SetDefaultExpectTimeout(15_000);
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
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", DisabledFeatures],
        });
        var page = await NewPageAsync(signedIn: false);
        await page.SignInAsync(Credentials.Admin);
        _adminState = await page.Context.StorageStateAsync();
        await ClosePagesAsync();
    }

    /// <summary>
    /// A page in a fresh browser context, open until <see cref="ClosePagesAsync"/>; <paramref name="timeZone"/> (an IANA id)
    /// sets the browser's zone, <paramref name="app"/> is the app it opens (the fixture's unless given).
    /// </summary>
    public async Task<IPage> NewPageAsync(bool signedIn = true, string? timeZone = null, AppServer? app = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (app ?? App).BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
            StorageState = signedIn ? _adminState : null,
            TimezoneId = timeZone,
        });
        lock (_openContexts)
        {
            _openContexts.Add(context);
        }
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Closes every page opened so far. An open page keeps its circuit on the server and keeps rendering in Chromium
    /// (headless pages never count as hidden): left open, a collection's earlier tests slowed its later ones.
    /// </summary>
    public async Task ClosePagesAsync()
    {
        IBrowserContext[] open;
        lock (_openContexts)
        {
            open = [.. _openContexts];
            _openContexts.Clear();
        }
        foreach (var context in open)
        {
            await context.CloseAsync();
        }
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
