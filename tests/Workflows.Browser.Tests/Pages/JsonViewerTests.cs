using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class JsonViewerTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string RememberContact = """
        {
          "name": "Remember the contact",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "remember" } },
            { "stepSlug": "remember", "stepType": "action",
              "config": { "type": "set_variables", "parameters": { "contact": { "phone": "{{input.phone}}", "since": "{{input.since}}", "name": "Zoë 🎉", "tier": "gold" } } },
              "nextSteps": { "success": "end" } }
          ]
        }
        """;

    private const string Input = """{ "customerId": "cust_456", "phone": "+15556094766", "since": "2026-12-03T06:00:00+00:00" }""";

    [Fact]
    public async Task RunPanelAndExecutionPage_ShowTheSameReadableJson_ThatFoldsAndCopies()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var workflowId = await api.ImportAsync(RememberContact);
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/workflows/{workflowId}");
        await page.GetByTestId("test-run").ClickAsync();
        await page.GetByTestId("test-run-input").FillAsync(Input);
        await page.GetByTestId("start-test-run").ClickAsync();
        await Expect(page.GetByTestId("run-status").GetByTestId("execution-status")).ToHaveTextAsync("Completed", new() { Timeout = 15_000 });
        await Node(page, "remember").ClickAsync();

        var output = page.GetByTestId("run-output");
        await Expect(output).ToContainTextAsync("\"phone\": \"+15556094766\"");
        await Expect(output).ToContainTextAsync("\"since\": \"2026-12-03T06:00:00+00:00\"");
        await Expect(output).ToContainTextAsync("\"name\": \"Zoë 🎉\"");
        await Expect(output).Not.ToContainTextAsync("\\u");
        await page.SaveDocScreenshotsAsync("json-viewer-run-panel", output);

        await page.GetByTestId("run-status").GetByRole(AriaRole.Link, new() { Name = "Open run" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/executions/"));
        await page.GetByTestId("timeline-step").Nth(1).ClickAsync();
        var stepOutput = page.GetByTestId("step-output");
        await Expect(stepOutput).ToContainTextAsync("\"phone\": \"+15556094766\"");
        await stepOutput.GetByTestId("json-fold").First.ClickAsync();
        await Expect(stepOutput).ToContainTextAsync("\"contact\": { … 4 fields … }");
        await Expect(stepOutput).Not.ToContainTextAsync("+15556094766");
        await page.SaveDocScreenshotsAsync("json-viewer-execution", page.GetByTestId("step-inspector"));
    }
}
