using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

/// <summary>The admin's System page: the installation's figures, its charts, and a backup made from the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SystemPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Admin_OpensSystemFromThePalette_AndBacksUpNow()
    {
        await AssetWorkflows.FinishedRunAsync(Fixture.App);
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/");
        await page.Keyboard.PressAsync("Control+k");
        await page.GetByTestId("command-search").FillAsync("go to system");
        await Expect(page.GetByTestId("command").First).ToContainTextAsync("System");
        await page.GetByTestId("command-search").PressAsync("Enter");
        await page.WaitForURLAsync("**/system");
        await page.WaitForInteractiveAsync();

        await Expect(page.GetByTestId("system-version")).ToContainTextAsync("built from commit");
        await Expect(page.GetByTestId("backlog-summary")).ToBeVisibleAsync();
        // Browser tests' apps turn scheduled backups off, like every test host.
        await Expect(page.GetByTestId("backup-schedule")).ToHaveTextAsync("Scheduled backups are off.");
        await Expect(page.GetByTestId("chart-runs").Locator("svg path").First).ToBeAttachedAsync(new() { Timeout = 20_000 });

        await page.GetByTestId("back-up-now").ClickAsync();

        await Expect(page.GetByTestId("backup-outcome")).ToContainTextAsync("Backup complete", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("backup-last")).ToContainTextAsync("Last backup just now");
        var file = (await page.GetByTestId("backup-last").Locator(".backup-file").TextContentAsync())!.Trim();
        Assert.StartsWith(Path.Combine(Fixture.App.DataFolder, "backups"), file);
        Assert.True(File.Exists(file), $"{file} is not on disk");
        await page.SaveDocScreenshotsAsync("system-backup", page.GetByTestId("system-backups"));
    }

    [Fact]
    public async Task Designer_IsRefusedTheSystemPage_AndDoesNotSeeItInTheMenu()
    {
        var page = await Fixture.SignInAsNewUserAsync("Designer");

        // The refusal is drawn without the app's interactive frame, so the page is not waited on to become interactive.
        await page.GotoAsync("/system");

        await Expect(page.GetByText("Your role does not open").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("system-facts")).ToHaveCountAsync(0);
        await page.OpenAsync("/");
        await Expect(page.GetByRole(AriaRole.Navigation).GetByText("System", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Navigation).GetByText("Workflows", new() { Exact = true })).ToBeVisibleAsync();
    }
}
