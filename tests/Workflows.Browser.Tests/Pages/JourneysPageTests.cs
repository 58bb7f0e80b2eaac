using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Blazor.Tests.Support;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class JourneysPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Designer_CreatesAJourney_AndEnrolsADemoCustomer_AndSeesTheModelsDecision()
    {
        await using var server = new FakeOpenAiServer();
        var page = await Fixture.NewPageAsync();
        await page.ConfigureAiAsync(server.Endpoint, FakeOpenAiServer.Model);
        server.Script(FakeReply.Say("""
            {"reasoning": "A new contact gets the promotion first.", "actNow": [{"action": "email_send", "parameters": {"subject": "Espresso deal", "body": "20% off this week."}, "reason": "first touch"}],
             "schedule": [], "cancel": [], "finished": false}
            """));
        await page.OpenAsync("/journeys");
        await page.GetByTestId("new-journey").ClickAsync();

        await page.GetByTestId("journey-name").FillAsync("Espresso promotion");
        await page.GetByTestId("journey-policy").FillAsync("Send a promotional email. If it is not opened within 3 days, send an SMS. If they buy, cancel reminders. Never more than 3 messages.");
        await page.GetByTestId("journey-add-action").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^email_send") }).ClickAsync();
        await page.GetByTestId("journey-add-action-button").ClickAsync();
        await Expect(page.GetByTestId("allowed-email_send")).ToBeVisibleAsync();
        await page.GetByTestId("allowed-email_send").GetByLabel("Max per contact").FillAsync("3");
        await page.SaveScreenshotAsync("journey-editor");
        await page.GetByTestId("journey-save").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Espresso promotion");
        await page.GetByTestId("enrol-contact").FillAsync("cust_456");
        await page.GetByTestId("enrol-button").ClickAsync();

        var timeline = page.GetByTestId("journey-timeline");
        await Expect(timeline).ToContainTextAsync("Enrolled");
        await Expect(timeline).ToContainTextAsync("A new contact gets the promotion first.");
        await Expect(timeline).ToContainTextAsync("Espresso deal");
        await Expect(page.GetByTestId("journey-runs")).ToContainTextAsync("John Doe");
        await page.SaveScreenshotAsync("journey-detail");

        await page.OpenAsync("/journeys");
        await Expect(page.GetByTestId("journeys-table")).ToContainTextAsync("Espresso promotion");
        await page.SaveScreenshotAsync("journeys-list");
    }

    [Fact]
    public async Task Designer_AllowsAWorkflowAsAnAction_AndASegmentThatKeepsEnrolling()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var workflowName = $"Make coupon {Guid.NewGuid():N}"[..18];
        await api.ImportAsync($$$"""
            {"name": "{{{workflowName}}}", "steps": [
              {"stepSlug": "start", "stepType": "trigger", "config": {"type": "manual"}, "nextSteps": {"success": "end"}}
            ]}
            """);
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/journeys/new");

        await page.GetByTestId("journey-name").FillAsync("Win back churned customers");
        await page.GetByTestId("journey-policy").FillAsync("Make each churned customer a coupon with the coupon workflow, then email it. Never more than 2 emails.");
        // Locked, with no workflow generated yet: nobody enters, so no model decisions are left behind for other tests.
        await page.GetByTestId("journey-mode").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^locked") }).ClickAsync();
        await page.GetByTestId("journey-segment").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Churned" }).ClickAsync();
        await page.GetByLabel("Also enrol customers who join the segment later (checked every minute)").CheckAsync();
        await page.GetByTestId("journey-add-action").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex($"^Run workflow: {workflowName}") }).ClickAsync();
        await page.GetByTestId("journey-add-action-button").ClickAsync();
        await Expect(page.Locator("[data-testid^='allowed-workflow:']")).ToContainTextAsync($"runs the workflow {workflowName}");
        await page.SaveScreenshotAsync("journey-editor-workflow-action");
        await page.GetByTestId("journey-save").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Win back churned customers");
        var segment = page.GetByTestId("segment-audience");
        await Expect(segment.GetByTestId("segment-counts")).ToContainTextAsync("Churned:");
        await Expect(segment.GetByTestId("segment-counts")).ToContainTextAsync("customers who join the segment later enter on their own");
        await Expect(page.GetByTestId("journey-policy-text")).ToBeVisibleAsync();
        await Expect(page.Locator(".mud-chip").Filter(new() { HasText = $"workflow: {workflowName}" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task LockedJourney_EnrolsIntoItsWorkflow_LeadsToTheContactsRuns_AndEnrolsItsSegment()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var workflowName = $"Locked promo {Guid.NewGuid():N}"[..20];
        var workflowId = await api.ImportAsync($$$"""
            {"name": "{{{workflowName}}}", "steps": [
              {"stepSlug": "start", "stepType": "trigger", "config": {"type": "manual"}, "nextSteps": {"success": "wait_a_day"}},
              {"stepSlug": "wait_a_day", "stepType": "wait", "config": {"duration": "1 day"}, "nextSteps": {"success": "end"}}
            ]}
            """);
        await api.ActivateAsync(workflowId);
        var journeyId = await api.CreateJourneyAsync(new JsonObject
        {
            ["name"] = "Locked promotion",
            ["policy"] = "Wait a day after enrolment.",
            ["mode"] = "locked",
            ["lockedWorkflowId"] = workflowId,
            ["audience"] = new JsonObject { ["segmentId"] = "seg_churned" },
            ["actions"] = new JsonArray(new JsonObject { ["action"] = "email_send" }),
        });
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/journeys/{journeyId}");

        await page.GetByTestId("enrol-contact").FillAsync("cust_456");
        await page.GetByTestId("enrol-button").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/executions/"));
        await page.OpenAsync($"/journeys/{journeyId}");
        await page.GetByTestId("locked-runs-empty").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/executions\\?workflow={workflowId}$"));
        var rows = page.GetByTestId("executions-table").Locator("tr.execution-row");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(workflowName);

        await page.OpenAsync($"/journeys/{journeyId}");
        var segment = page.GetByTestId("segment-audience");
        await segment.GetByTestId("segment-enrol").ClickAsync();
        await Expect(segment.GetByTestId("segment-enrolled")).ToContainTextAsync("Their runs of the locked workflow have started.");
        await Expect(segment.GetByTestId("segment-enrol")).ToContainTextAsync("Everyone is enrolled");
        await page.SaveScreenshotAsync("journey-segment-enrolled");
    }
}
