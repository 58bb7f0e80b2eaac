using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

/// <summary>A marketer reads on a journey's page how its adaptive contacts converted against those held out.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyHoldoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Every adaptive contact's first decision ends their way through, so no decision is left for the tests after this one.</summary>
    private const string Finish = """{"reasoning": "Nothing to send today.", "actNow": [], "schedule": [], "cancel": [], "finished": true}""";

    [Fact]
    public async Task JourneyPage_ShowsAdaptiveAgainstHoldout_EnteredConvertedAndTheTest()
    {
        await using var server = new FakeOpenAiServer { Fallback = FakeReply.Say(Finish) };
        var page = await Fixture.NewPageAsync();
        await page.ConfigureAiAsync(server.Endpoint, FakeOpenAiServer.Model);
        var api = await ApiClient.CreateAsync(Fixture.App);
        var journeyId = await api.CreateJourneyAsync(new JsonObject
        {
            ["name"] = "Bring loyal customers back",
            ["policy"] = "Email loyal customers a thank-you offer once; never more than one email.",
            ["audience"] = new JsonObject { ["segmentId"] = "seg_loyal" },
            ["actions"] = new JsonArray(new JsonObject { ["action"] = "email_send" }),
            ["holdoutPercent"] = 30,
            ["goals"] = new JsonArray(new JsonObject { ["name"] = "Big order", ["event"] = "order.placed", ["condition"] = "{{event.total}} > 50", ["window"] = "7 days" }),
        });
        var entered = await api.EnrolSegmentAsync(journeyId);
        var runs = await Poll.UntilAsync(() => api.JourneyRunsAsync(journeyId),
            all => all.All(run => run!["heldOut"]!.GetValue<bool>() || run["status"]!.GetValue<string>() == "finished"),
            all => $"adaptive contacts still waiting for their decision: {all.ToJsonString()}", TimeSpan.FromSeconds(60));
        var contacts = runs.Select(run => (Id: run!["contactId"]!.GetValue<string>(), HeldOut: run["heldOut"]!.GetValue<bool>())).OrderBy(c => c.Id).ToList();
        var buyers = contacts.Where((_, i) => i % 2 == 0).ToList();
        foreach (var buyer in buyers)
        {
            await api.PublishEventAsync("order.placed", buyer.Id, new { total = 80 });
        }

        await page.OpenAsync($"/journeys/{journeyId}");

        var card = page.GetByTestId("journey-conversion");
        Assert.True(entered > 4, $"the demo's loyal segment has {entered} customer(s)");
        await Expect(card).ToContainTextAsync("Adaptive vs holdout");
        await Expect(card.GetByTestId("counts-Adaptive")).ToHaveTextAsync($"{contacts.Count(c => !c.HeldOut)} entered · {buyers.Count(b => !b.HeldOut)} converted");
        await Expect(card.GetByTestId("counts-Holdout")).ToHaveTextAsync($"{contacts.Count(c => c.HeldOut)} entered · {buyers.Count(b => b.HeldOut)} converted");
        await Expect(card.GetByTestId("call-Adaptive")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("experiment-test")).ToContainTextAsync("two-proportion z-test, 95%");
        await page.SaveDocScreenshotAsync("journey-holdout");
    }
}
