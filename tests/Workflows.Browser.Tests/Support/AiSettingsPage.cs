using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Support;

internal static class AiSettingsPage
{
    /// <summary>Points the app at an OpenAI-compatible server in Settings → AI, as an admin does, and tests the connection.</summary>
    public static async Task ConfigureAiAsync(this IPage page, string endpoint, string model)
    {
        await page.OpenAsync("/settings");
        await page.GetByRole(AriaRole.Tab, new() { Name = "AI", Exact = true }).ClickAsync();
        await page.GetByTestId("ai-endpoint").FillAsync(endpoint);
        await page.GetByTestId("ai-model").FillAsync(model);
        await page.GetByTestId("ai-key").FillAsync("sk-browser-secret");
        await page.GetByTestId("test-ai").ClickAsync();
        await Expect(page.GetByTestId("ai-test-result")).ToContainTextAsync($"Connected: {model} answered in");
    }
}
