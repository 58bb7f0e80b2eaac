using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Preview;

/// <summary>A marketer previews the VIP flow for a segment from the editor, reads one contact's days, and compares the unsaved change with the published version.</summary>
[Collection(EditorBrowserCollection.Name)]
public sealed class EditorPreviewTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Preview_OfTheVipSegment_ShowsTheSummaryATimelineAndWhoGetsSomethingDifferentFromTheLastVersion()
    {
        var id = await AssetWorkflows.ImportAsync(Fixture.App, "vip-offer-review.json");
        await (await ApiClient.CreateAsync(Fixture.App)).PublishAsync(id);
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 720);
        await page.OpenAsync($"/workflows/{id}");
        // The draft now holds the VIP offer for those who spent over 3,000; the published version 1 for those over 1,000.
        await Node(page, "check_vip").ClickAsync();
        var value = page.Locator("input[data-testid=condition-value]");
        await value.FillAsync("3000");
        await value.PressAsync("Tab");
        await Expect(Node(page, "check_vip").Locator(".wf-node-summary")).ToHaveTextAsync("Total spent > 3,000", new() { Timeout = 10_000 });

        await page.GetByTestId("preview-view-toggle").ClickAsync();
        await Expect(page.GetByTestId("preview-view")).ToContainTextAsync("See what this workflow would do");
        await page.GetByTestId("preview-segment").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "VIP", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("preview-compare")).ToContainTextAsync("Version 1");
        await page.GetByTestId("run-preview").ClickAsync();

        var summary = page.GetByTestId("preview-summary");
        await Expect(summary).ToContainTextAsync(new Regex(@"This draft for \d+ contacts over 30 days"), new() { Timeout = 15_000 });
        await Expect(summary).ToContainTextAsync(new Regex(@"\d+ of \d+ take the true path at “Check VIP”"));
        await Expect(summary).ToContainTextAsync(new Regex(@"\d+ of \d+ get “Send standard offer”"));
        await Expect(summary).ToContainTextAsync("would need a reviewer's approval");

        await page.GetByTestId("preview-contact").First.ClickAsync();
        var timeline = page.GetByTestId("contact-timeline");
        await Expect(timeline.GetByTestId("timeline-day").First).ToContainTextAsync("Day 0");
        await Expect(timeline).ToContainTextAsync("Takes the");
        await Expect(timeline.GetByTestId("timeline-message").First).ToContainTextAsync(new Regex("Something new for you|A thank-you just for you"));
        await page.SaveDocScreenshotAsync("editor-preview-timeline");

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Compared with version 1") }).ClickAsync();
        await Expect(page.GetByTestId("preview-compare-summary")).ToContainTextAsync(new Regex(@"[1-9]\d* of \d+ get something different from version 1"));
        var difference = page.GetByTestId("preview-difference").First;
        await Expect(difference).ToContainTextAsync("Only in version 1");
        await Expect(difference.GetByTestId("difference-after").First).ToContainTextAsync("the false path");
        await Expect(difference).ToContainTextAsync("Something new for you");
        await page.SaveDocScreenshotAsync("editor-preview-compare");
        await page.SetViewportSizeAsync(1440, 900);
        await page.SaveDocScreenshotAsync("editor-preview-compare");
    }
}
