using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Account;

[Collection(ShellBrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Pages_RequireSignIn_AndReturnToThePageAfterIt()
    {
        var page = await Fixture.NewPageAsync(signedIn: false);

        await page.GotoAsync("/executions");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.SaveScreenshotAsync("login");
        await page.FillAsync("#email", Credentials.Admin.Email);
        await page.FillAsync("#password", Credentials.Admin.Password);
        await page.ClickAsync("button[type=submit]");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Executions");
    }

    [Fact]
    public async Task SignIn_LocksTheAccount_AfterFiveWrongPasswords()
    {
        var victim = new Credentials("locked-out@example.com", "the-right-password");
        await Fixture.App.RunCommandLineAsync("create-admin", "--email", victim.Email, "--password", victim.Password);
        var page = await Fixture.NewPageAsync(signedIn: false);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await page.GotoAsync("/account/login");
            await page.FillAsync("#email", victim.Email);
            await page.FillAsync("#password", "wrong-password");
            await page.ClickAsync("button[type=submit]");
            await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Alert)).ToBeVisibleAsync();
        }
        await page.FillAsync("#email", victim.Email);
        await page.FillAsync("#password", victim.Password);
        await page.ClickAsync("button[type=submit]");

        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Alert)).ToContainTextAsync("locked");
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var page = await Fixture.NewPageAsync(signedIn: false);
        await page.SignInAsync(Credentials.Admin);
        await page.OpenAsync("/");

        await page.GetByTestId("user-menu").ClickAsync();
        await page.SaveScreenshotAsync("user-menu");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));

        await page.GotoAsync("/workflows");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }
}
