using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Settings;

[Collection(ShellBrowserCollection.Name)]
public sealed class SettingsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Admin_AddsAReviewer_AndTheAuditLogRecordsIt()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/settings");

        await page.GetByTestId("new-user-email").FillAsync("reviewer@example.com");
        await page.GetByTestId("new-user-password").FillAsync("reviewer-password");
        await page.GetByTestId("new-user-role").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Reviewer" }).ClickAsync();
        await page.GetByTestId("add-user").ClickAsync();

        await Expect(page.GetByTestId("users-table")).ToContainTextAsync("reviewer@example.com");
        await page.SaveScreenshotAsync("settings-users");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Audit log" }).ClickAsync();
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync("user.created");
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync("reviewer@example.com");
        await page.SaveScreenshotAsync("settings-audit");
    }

    [Theory]
    [MemberData(nameof(LayoutChecks.DesktopSizes), MemberType = typeof(LayoutChecks))]
    public async Task AddPersonForm_IsOneAlignedColumn_AndEmptyWithoutErrorsAfterAnAdd(int width, int height)
    {
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.OpenAsync("/settings");
        var fields = new[]
        {
            page.Locator(".mud-input-control").Filter(new() { Has = page.GetByTestId("new-user-email") }),
            page.Locator(".mud-input-control").Filter(new() { Has = page.GetByTestId("new-user-password") }),
            page.GetByTestId("new-user-role").Locator(".mud-input-control"),
        };
        var boxes = await Task.WhenAll(fields.Select(async f => (await f.BoundingBoxAsync())!));
        Assert.All(boxes, b => Assert.Equal(boxes[0].X, b.X, 1f));
        Assert.All(boxes, b => Assert.Equal(boxes[0].Width, b.Width, 1f));
        Assert.All(boxes.Skip(1), (b, i) => Assert.True(b.Y > boxes[i].Y + boxes[i].Height - 1, "each field sits below the one before"));

        var email = $"person-{width}@example.com";
        await page.GetByTestId("new-user-email").FillAsync(email);
        await page.GetByTestId("new-user-password").FillAsync("a-first-password");
        await page.GetByTestId("add-user").ClickAsync();

        await Expect(page.GetByTestId("users-table")).ToContainTextAsync(email);
        await Expect(page.GetByTestId("new-user-email")).ToHaveValueAsync("");
        await Expect(page.GetByTestId("new-user-role").Locator("input").First).ToHaveValueAsync("Designer");
        await Expect(page.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Enter an email.")).ToHaveCountAsync(0);
        await page.SaveDocScreenshotAsync("settings-users");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Email & SMS" }).ClickAsync();
        var host = page.Locator(".mud-input-control").Filter(new() { Has = page.GetByTestId("smtp-host") });
        var sms = page.Locator(".mud-input-control").Filter(new() { Has = page.GetByTestId("sms-url") });
        Assert.Equal((await host.BoundingBoxAsync())!.X, (await sms.BoundingBoxAsync())!.X, 1f);
        await page.SaveDocScreenshotAsync("settings-email");
    }

    [Fact]
    public async Task Admin_CreatesAnApiKey_ThatIsShownOnce_AndWorksAgainstTheApi()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/settings");
        await page.GetByRole(AriaRole.Tab, new() { Name = "API keys" }).ClickAsync();

        await page.GetByTestId("api-key-name").FillAsync("crm-sync");
        await page.GetByTestId("create-api-key").ClickAsync();
        var key = (await page.Locator(".new-key").TextContentAsync())!.Trim();

        using var http = new HttpClient { BaseAddress = new Uri(Fixture.App.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var response = await http.GetAsync("/api/workflows");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        await Expect(page.GetByTestId("api-keys-table")).ToContainTextAsync("crm-sync");
    }

    [Fact]
    public async Task Admin_SavesASecret_ThatIsShownMasked()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/settings");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Secrets" }).ClickAsync();

        await page.GetByTestId("secret-name").FillAsync("shopApiKey");
        await page.GetByTestId("secret-value").FillAsync("sk_live_very_secret");
        await page.GetByTestId("save-secret").ClickAsync();

        await Expect(page.GetByTestId("secrets-table")).ToContainTextAsync("shopApiKey");
        await Expect(page.GetByTestId("secrets-table")).Not.ToContainTextAsync("sk_live_very_secret");
        await page.SaveScreenshotAsync("settings-secrets");
    }
}
