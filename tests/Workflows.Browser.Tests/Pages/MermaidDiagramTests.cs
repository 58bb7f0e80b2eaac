using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Workflows.Blazor.Tests.Support;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

/// <summary>Mermaid drawn in the app: a journey's paths and locked graph, and what a diagram too large to draw shows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MermaidDiagramTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string LockedWorkflow = """
        {"name": "Promotion (locked)", "steps": [
          {"stepSlug": "start", "stepType": "trigger", "config": {"type": "manual"}, "nextSteps": {"success": "wait_three_days"}},
          {"stepSlug": "wait_three_days", "stepType": "wait", "config": {"duration": "3 days"}, "nextSteps": {"success": "end"}}
        ]}
        """;

    private static JsonObject Journey(string? lockedWorkflowId = null) => new()
    {
        ["name"] = "Diagram promotion",
        ["policy"] = "Send a promotional email. If it is not opened within 3 days, send an SMS.",
        ["mode"] = lockedWorkflowId is null ? "adaptive" : "locked",
        ["lockedWorkflowId"] = lockedWorkflowId,
        ["actions"] = new JsonArray(new JsonObject { ["action"] = "email_send" }, new JsonObject { ["action"] = "sms_send" }),
    };

    [Fact]
    public async Task JourneyPage_DrawsThePathsContactsTook_AndTheLockedGraph()
    {
        await using var server = new FakeOpenAiServer();
        var page = await Fixture.NewPageAsync();
        await page.ConfigureAiAsync(server.Endpoint, FakeOpenAiServer.Model);
        var api = await ApiClient.CreateAsync(Fixture.App);
        var journeyId = await api.CreateJourneyAsync(Journey());
        server.Script(FakeReply.Say("""
            {"reasoning": "First touch.", "actNow": [{"action": "email_send", "parameters": {"to": "john@example.com", "subject": "Espresso deal", "body": "20% off."}, "reason": "first touch"}],
             "schedule": [], "cancel": [], "finished": false}
            """));
        await api.EnrolAsync(journeyId, "cust_456");
        await api.WaitForActionsTakenAsync(journeyId, "cust_456", 1);
        await api.SaveJourneyAsync(journeyId, Journey(await api.ImportAsync(LockedWorkflow)));

        await page.OpenAsync($"/journeys/{journeyId}");

        var paths = page.GetByTestId("journey-mermaid");
        await Expect(paths.GetByRole(AriaRole.Img, new() { Name = "The paths contacts took so far" })).ToBeVisibleAsync();
        await Expect(paths.Locator("svg").GetByText("Send email", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(paths.Locator("svg").GetByText("1 contact")).ToBeVisibleAsync();
        var locked = page.GetByTestId("journey-locked-graph");
        await Expect(locked).ToContainTextAsync("not active yet");
        await Expect(locked.Locator("svg").GetByText("Wait", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(locked.Locator(".mermaid-canvas > svg")).Not.ToContainTextAsync("wait_three_days");
        foreach (var (width, height) in new[] { (1440, 900), (1280, 720) })
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var diagram in new[] { paths, locked })
            {
                var scale = await diagram.Locator(".mermaid-canvas > svg").EvaluateAsync<double>("svg => svg.getBoundingClientRect().width / svg.viewBox.baseVal.width");
                Assert.True(scale >= 0.7, $"a journey graph is drawn at {scale:P0} at {width}×{height}");
            }
            Assert.Equal(0, await LayoutChecks.SidewaysOverflowAsync(page));
        }
        await page.SaveDocScreenshotsAsync("journey-diagrams", page.GetByTestId("journey-paths"));
    }

    [Fact]
    public async Task ExportMermaid_SaysWhyAndShowsTheSource_WhenTheWorkflowIsTooLargeToDraw()
    {
        var name = $"Long chain {Guid.NewGuid():N}"[..19];
        var steps = new JsonArray(new JsonObject { ["stepSlug"] = "start", ["stepType"] = "trigger", ["config"] = new JsonObject { ["type"] = "manual" }, ["nextSteps"] = new JsonObject { ["success"] = "s1" } });
        for (var i = 1; i <= 510; i++)
        {
            steps.Add(new JsonObject
            {
                ["stepSlug"] = $"s{i}",
                ["stepType"] = "action",
                ["config"] = new JsonObject { ["type"] = "set_variables", ["parameters"] = new JsonObject { ["n"] = i } },
                ["nextSteps"] = new JsonObject { ["success"] = i == 510 ? "end" : $"s{i + 1}" },
            });
        }
        var api = await ApiClient.CreateAsync(Fixture.App);
        await api.ImportAsync(new JsonObject { ["name"] = name, ["steps"] = steps }.ToJsonString());
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/workflows");

        await page.GetByTestId("workflows-search").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Actions for {name}" }).ClickAsync();
        await page.GetByTestId("action-export-mermaid").ClickAsync();

        var preview = page.GetByTestId("mermaid-preview");
        await Expect(preview.GetByTestId("mermaid-error")).ToContainTextAsync("This diagram could not be drawn;");
        await Expect(preview.GetByTestId("mermaid-error")).ToContainTextAsync("more links than the drawing library draws (500)");
        await Expect(preview.GetByTestId("mermaid-source")).ToBeVisibleAsync();
        await Expect(preview.GetByTestId("mermaid-source")).ToContainTextAsync("s510");
        await page.SaveScreenshotAsync("mermaid-error");
    }
}
