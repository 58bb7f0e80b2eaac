using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

/// <summary>A marketer sets a journey's holdout and conversion goal in its editor, without writing JSON.</summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyGoalsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task JourneyEditor_KeepsTheHoldoutAndAGoal_SetInItsMeasureSection()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        // No audience: nobody enters, so no model decisions are left behind for other tests.
        var journeyId = await api.CreateJourneyAsync(new JsonObject
        {
            ["name"] = "Thank loyal customers",
            ["policy"] = "Email a thank-you offer once; never more than one email.",
            ["actions"] = new JsonArray(new JsonObject { ["action"] = "email_send" }),
        });
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await page.OpenAsync($"/journeys/{journeyId}/edit");

        var measure = page.GetByTestId("journey-measure");
        await Expect(measure).ToContainTextAsync("No goals yet");
        await page.GetByTestId("journey-holdout").FillAsync("20");
        await page.GetByTestId("goal-add").ClickAsync();
        await page.GetByTestId("goal-name-0").FillAsync("Big order");
        await page.PickAsync(page.GetByTestId("goal-event-0"), "order", "order.placed");
        var condition = page.GetByTestId("goal-condition-0");
        await page.ChooseConditionAsync(condition, "Order total", "is greater than", "50");
        await Expect(condition.GetByTestId("condition-summary")).ToHaveTextAsync("Reads: Order total > 50");
        await page.GetByTestId("goal-window-0").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "30 days" }).ClickAsync();
        await Expect(measure).ToContainTextAsync("An order is placed");
        await page.SaveDocScreenshotsAsync("journey-goals", measure);
        await page.GetByTestId("journey-save").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Thank loyal customers");

        await page.OpenAsync($"/journeys/{journeyId}/edit");

        await Expect(page.GetByTestId("journey-holdout")).ToHaveValueAsync("20");
        await Expect(page.GetByTestId("goal-name-0")).ToHaveValueAsync("Big order");
        await Expect(page.GetByTestId("goal-event-0")).ToHaveValueAsync("order.placed");
        await Expect(condition.Locator("input[data-testid=condition-field]")).ToHaveValueAsync("Order total");
        await Expect(condition.Locator("input[data-testid=condition-value]")).ToHaveValueAsync("50");
        await Expect(condition.GetByTestId("condition-summary")).ToHaveTextAsync("Reads: Order total > 50");
        Assert.Equal("{{event.total}} > 50", (await api.JourneyAsync(journeyId))["goals"]![0]!["condition"]!.GetValue<string>());
        await Expect(page.GetByTestId("goal-window-0")).ToContainTextAsync("30 days");
        await Expect(page.GetByTestId("goal-row")).ToHaveCountAsync(1);
    }
}
