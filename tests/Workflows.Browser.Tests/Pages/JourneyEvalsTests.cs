using Microsoft.Playwright;
using Workflows.Blazor.Tests.Support;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class JourneyEvalsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Designer_RunsOneScenarioOnce_SeesItsProgress_ThenItsResultRow_AndTheChartAfterASecondRun()
    {
        await using var server = new FakeOpenAiServer();
        var page = await Fixture.NewPageAsync();
        await page.ConfigureAiAsync(server.Endpoint, FakeOpenAiServer.Model);
        server.Script(
            FakeReply.Say("""
                {"reasoning": "Promotion first, an SMS if it is not opened in 3 days.",
                 "actNow": [{"action": "email_send", "parameters": {"subject": "Espresso deal", "body": "20% off this week."}, "reason": "first touch"}],
                 "schedule": [{"action": "sms_send", "parameters": {"body": "Still interested?"}, "after": "3 days", "reason": "not opened"}],
                 "cancel": [], "finished": false}
                """),
            FakeReply.Say("""{"reasoning": "Nothing more to do.", "actNow": [], "schedule": [], "cancel": [], "finished": false}"""));
        server.Gate = new TaskCompletionSource();
        await page.OpenAsync("/journeys");

        var run = page.GetByTestId("evals-run");
        await page.SaveScreenshotAsync("journey-evals-idle");
        await run.Locator(".mud-toggle-item", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^1$") }).ClickAsync();
        await page.GetByTestId("evals-scenario").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "promo-not-opened", Exact = true }).ClickAsync();
        await page.GetByTestId("evals-start").ClickAsync();

        await Expect(page.GetByTestId("evals-progress")).ToContainTextAsync("Scenario 1 of 1: promo-not-opened");
        await Expect(page.GetByTestId("evals-progress")).ToContainTextAsync("trial 1 of 1");
        await page.SaveScreenshotAsync("journey-evals-running");
        server.Gate.SetResult();

        await Expect(page.GetByTestId("evals-finished")).ToContainTextAsync($"Finished 1 scenario against {FakeOpenAiServer.Model}: pass rate 100%");
        await Expect(page.GetByTestId("evals-latest")).ToContainTextAsync("promo-not-opened");
        await Expect(page.GetByTestId("evals-latest")).ToContainTextAsync("1/1");
        await page.SaveScreenshotAsync("journey-evals-done");

        // Run again with a model that no longer answers with decisions: the chart shows adherence dropping.
        await page.GetByTestId("evals-start").ClickAsync();
        await Expect(page.GetByTestId("evals-latest")).ToContainTextAsync("0/1");
        await Expect(page.GetByTestId("evals-chart").Locator("svg")).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("journey-evals-chart");
    }
}
