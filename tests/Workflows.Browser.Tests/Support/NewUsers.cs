using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Support;

internal static class NewUsers
{
    /// <summary>Adds a person with <paramref name="role"/> on the settings page, as the admin, and returns a page signed in as them.</summary>
    public static async Task<IPage> SignInAsNewUserAsync(this BrowserFixture fixture, string role)
    {
        var user = new Credentials($"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.com", $"{role}-password-1");
        var admin = await fixture.NewPageAsync();
        await admin.OpenAsync("/settings");
        await admin.GetByTestId("new-user-email").FillAsync(user.Email);
        await admin.GetByTestId("new-user-password").FillAsync(user.Password);
        await admin.GetByTestId("new-user-role").ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = role }).ClickAsync();
        await admin.GetByTestId("add-user").ClickAsync();
        await Expect(admin.GetByTestId("users-table")).ToContainTextAsync(user.Email);
        await admin.Context.CloseAsync();

        var page = await fixture.NewPageAsync(signedIn: false);
        await page.SignInAsync(user);
        return page;
    }
}
