using Workflows.Blazor.Tests.Support;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Settings;

[Collection(ShellBrowserCollection.Name)]
public sealed class AiSettingsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Admin_ConnectsAnOpenAiCompatibleServer_AndTheKeyIsNeverShownAgain()
    {
        await using var server = new FakeOpenAiServer();
        var page = await Fixture.NewPageAsync();

        await page.ConfigureAiAsync(server.Endpoint, FakeOpenAiServer.Model);
        await page.SaveScreenshotAsync("settings-ai");

        await page.OpenAsync("/settings");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "AI", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("ai-endpoint")).ToHaveValueAsync(server.Endpoint);
        await Expect(page.GetByTestId("ai-key")).ToHaveValueAsync("");
        await Expect(page.Locator("body")).ToContainTextAsync("Set; leave empty to keep it.");
        Assert.DoesNotContain("sk-browser-secret", await page.ContentAsync());
        Assert.Equal("Bearer sk-browser-secret", server.Headers.Single()["Authorization"]);
    }
}
