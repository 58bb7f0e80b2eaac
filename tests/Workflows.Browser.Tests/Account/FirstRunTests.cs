using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Account;

/// <summary>A brand-new install: no account exists yet, so everything leads to the setup page.</summary>
[Collection(ShellBrowserCollection.Name)]
public sealed class FirstRunTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly Credentials FirstAdmin = new("owner@example.com", "first-admin-password");
    private AppServer _freshApp = null!;

    public override async Task InitializeAsync() => _freshApp = await AppServer.StartAsync(admin: null);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _freshApp.DisposeAsync();
    }

    [Fact]
    public async Task FirstVisit_LeadsToSetup_AndTheNewAdminLandsSignedIn()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/workflows");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/setup$"));
        await page.SaveScreenshotAsync("setup");

        await page.FillAsync("#email", FirstAdmin.Email);
        await page.FillAsync("#password", FirstAdmin.Password);
        await page.FillAsync("#confirm", FirstAdmin.Password);
        await page.ClickAsync("button[type=submit]");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Welcome");
        await Expect(page.GetByTestId("user-menu")).ToContainTextAsync(FirstAdmin.Email);
    }

    [Fact]
    public async Task Setup_ExplainsTheProblem_WhenThePasswordsDiffer()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/setup");

        await page.FillAsync("#email", "someone@example.com");
        await page.FillAsync("#password", "long-enough-password");
        await page.FillAsync("#confirm", "another-long-password");
        await page.ClickAsync("button[type=submit]");

        await Expect(page.GetByText("The two passwords differ.")).ToBeVisibleAsync();
    }

    private Task<IPage> NewPageAsync() => Fixture.NewPageAsync(signedIn: false, app: _freshApp);
}
