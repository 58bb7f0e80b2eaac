using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflows.Blazor.Tests.Support;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Preview;

/// <summary>A marketer previews a journey for its segment from the journey's page: the model decides, its cap and quiet hours act, nothing is sent.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyPreviewTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Every time it is asked: a thank-you now and a reminder tomorrow, which the cap of one email holds back.</summary>
    private const string Decision = """
        {"reasoning": "A loyal customer gets a thank-you, then a reminder.",
         "actNow": [{"action": "email_send", "parameters": {"subject": "A thank-you just for you", "body": "10% off your next order."}, "reason": "first touch"}],
         "schedule": [{"action": "email_send", "parameters": {"subject": "Still thinking?", "body": "Your 10% is waiting."}, "after": "1 day", "reason": "reminder"}],
         "cancel": [], "finished": false}
        """;

    [Fact]
    public async Task JourneyPage_PreviewsItsSegment_ShowsTheCapAndQuietHours_AndOneContactsDays()
    {
        await using var server = new FakeOpenAiServer { Fallback = FakeReply.Say(Decision) };
        var page = await Fixture.NewPageAsync();
        await page.ConfigureAiAsync(server.Endpoint, FakeOpenAiServer.Model);
        // Quiet hours from an hour ago to two hours from now, so the first email waits for them to end, whenever the test runs.
        var now = DateTimeOffset.UtcNow;
        var journeyId = await (await ApiClient.CreateAsync(Fixture.App)).CreateJourneyAsync(new JsonObject
        {
            ["name"] = "Thank loyal customers",
            ["policy"] = "Thank loyal customers with an offer, remind them once. Never more than one email.",
            ["audience"] = new JsonObject { ["segmentId"] = "seg_loyal" },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action"] = "email_send",
                ["defaults"] = new JsonObject { ["to"] = "{{input.contact.email}}" },
                ["guardrails"] = new JsonObject
                {
                    ["maxPerContact"] = 1,
                    ["quietHours"] = new JsonObject { ["start"] = Clock(now.AddHours(-1)), ["end"] = Clock(now.AddHours(2)), ["timeZone"] = "UTC" },
                },
            }),
        });
        await page.SetViewportSizeAsync(1280, 720);
        await page.OpenAsync($"/journeys/{journeyId}");

        await page.GetByTestId("preview-journey").ClickAsync();
        await Expect(page.GetByTestId("preview-view")).ToContainTextAsync("See what this journey would do");
        await Expect(page.GetByTestId("preview-segment")).ToContainTextAsync("Loyal");
        await page.GetByTestId("run-preview").ClickAsync();

        var summary = page.GetByTestId("preview-summary");
        await Expect(summary).ToContainTextAsync(new Regex(@"Version 1 for \d+ contacts over 30 days"), new() { Timeout = 20_000 });
        await Expect(summary).ToContainTextAsync(new Regex(@"(\d+) of \1 get “Send email”"));
        await Expect(summary).ToContainTextAsync(new Regex(@"(\d+) of \1 hit quiet hours"));
        await Expect(summary).ToContainTextAsync(new Regex(@"0 of \d+ exceed the cap of 1 “Send email”; it holds back \d+ of them"));

        await page.GetByTestId("preview-contact").First.ClickAsync();
        var timeline = page.GetByTestId("contact-timeline");
        await Expect(timeline.GetByTestId("timeline-day").First).ToContainTextAsync("Day 0");
        await Expect(timeline.Locator("[data-kind=Deferred]").First).ToContainTextAsync("falls in quiet hours");
        await Expect(timeline.GetByTestId("timeline-message").First).ToContainTextAsync("A thank-you just for you");
        await Expect(timeline.Locator("[data-kind=Capped]").First).ToContainTextAsync("The cap holds back");
        await page.SaveDocScreenshotAsync("journey-preview");

        await page.GetByTestId("preview-back").ClickAsync();
        await Expect(page.GetByTestId("journey-policy-text")).ToContainTextAsync("Never more than one email.");
    }

    private static string Clock(DateTimeOffset at) => at.ToString("HH:mm", CultureInfo.InvariantCulture);
}
