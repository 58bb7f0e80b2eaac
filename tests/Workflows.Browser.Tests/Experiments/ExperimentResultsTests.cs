using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Experiments;

/// <summary>A marketer reads an experiment's funnel and card in the editor, sees new runs come in, and ends it with a winner.</summary>
[Collection(EditorBrowserCollection.Name)]
public sealed class ExperimentResultsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const int Contacts = 600;

    /// <summary>A win-back split of A 40%, B 40% and a 20% holdout, each offer a step of its own, and a "Big order" goal.</summary>
    private const string WinBack = """
        { "name": "Win back lapsed customers", "config": { "goals": [ { "name": "Big order", "event": "order.placed", "window": "7 days" } ] }, "steps": [
          { "stepSlug": "start", "stepType": "trigger", "name": "Start", "config": { "type": "manual" }, "nextSteps": { "success": "offer_test" }, "position": { "x": 320, "y": 40 } },
          { "stepSlug": "offer_test", "stepType": "split", "name": "Which offer wins them back?", "config": { "paths": [ { "name": "A", "weight": 40 }, { "name": "B", "weight": 40 },
            { "name": "Holdout", "weight": 20, "holdout": true } ] }, "nextSteps": { "A": "offer_a", "B": "offer_b" }, "position": { "x": 320, "y": 220 } },
          { "stepSlug": "offer_a", "stepType": "action", "name": "10% off", "config": { "type": "set_variables", "parameters": { "offer": "10% off" } }, "position": { "x": 80, "y": 420 } },
          { "stepSlug": "offer_b", "stepType": "action", "name": "Free shipping", "config": { "type": "set_variables", "parameters": { "offer": "Free shipping" } }, "position": { "x": 560, "y": 420 } } ] }
        """;

    [Fact]
    public async Task Results_ShowTheFunnelAndTheCard_FollowNewRuns_AndEndTheExperimentWithAWinner()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(WinBack);
        await api.ActivateAsync(id);
        var customers = Enumerable.Range(1, Contacts).Select(i => $"lapsed_{i:000}").ToList();
        foreach (var customer in customers)
        {
            await api.RunAsync(id, new { customerId = customer });
        }
        await api.WaitForReachAsync(id, "offer_test", Contacts);
        // Every 4th contact orders (25% on every path), and every 3rd of B's others too: B converts clearly better.
        var runs = await api.ExecutionsByPathAsync(id, "B");
        foreach (var (customer, i) in customers.Select((c, i) => (c, i)).Where(c => c.i % 4 == 0 || (runs.Contains(c.c) && c.i % 3 == 0)))
        {
            await api.PublishEventAsync("order.placed", customer, new { total = 60 });
        }

        var page = await Fixture.NewPageAsync();
        foreach (var (width, height) in new[] { (1280, 720), (1920, 1080) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.OpenAsync($"/workflows/{id}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Results", Exact = true }).ClickAsync();

            await Expect(page.GetByTestId("reach-offer_test")).ToHaveAttributeAsync("data-count", Contacts.ToString());
            await Expect(page.GetByTestId("passed-offer_test-B")).ToHaveAttributeAsync("data-count", runs.Count.ToString());
            await Expect(page.GetByTestId("experiment-test")).ToContainTextAsync("two-proportion z-test, 95%");
            await Expect(page.GetByTestId("call-B")).ToContainTextAsync("B converts better than Holdout");
            await page.GetByTestId("fit-view").ClickAsync();
            await page.SaveDocScreenshotAsync("experiment-results");
        }

        // The open results follow new runs without a reload.
        foreach (var customer in Enumerable.Range(1, 5).Select(i => $"returning_{i}"))
        {
            await api.RunAsync(id, new { customerId = customer });
        }
        await Expect(page.GetByTestId("reach-offer_test")).ToHaveAttributeAsync("data-count", (Contacts + 5).ToString(), new() { Timeout = 15_000 });

        // The automatic switch is offered in words, with the rule to confirm before anything is published.
        var autoSwitch = page.GetByTestId("auto-switch-offer_test");
        await autoSwitch.GetByText("Switch to the winner automatically").ClickAsync();
        await Expect(autoSwitch.GetByTestId("auto-switch-save")).ToHaveTextAsync("Turn on automatic switch");
        await autoSwitch.ScrollIntoViewIfNeededAsync();
        await page.SaveDocScreenshotAsync("experiment-auto-switch");
        await autoSwitch.GetByText("Switch to the winner automatically").ClickAsync();
        await Expect(autoSwitch.GetByTestId("auto-switch-save")).ToHaveCountAsync(0);

        await page.GetByTestId("end-offer_test-B").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send everyone to B" }).ClickAsync();

        await Expect(page.GetByTestId("experiment-ended")).ToContainTextAsync("everyone takes path B");
        await Expect(page.GetByTestId("results-summary")).ToContainTextAsync("version 2");
        await page.SaveDocScreenshotAsync("experiment-ended");
    }
}
