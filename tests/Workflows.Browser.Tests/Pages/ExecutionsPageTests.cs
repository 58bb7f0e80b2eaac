using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class ExecutionsPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Adds a lead as a customer: it fails while another customer already has the lead's email.</summary>
    private const string AddLead = """
        {
          "name": "Add a lead",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "create_customer" } },
            { "stepSlug": "create_customer", "stepType": "action",
              "config": { "type": "customer.create", "parameters": { "name": "Lea Lead", "email": "{{input.email}}", "source": "webinar" } },
              "nextSteps": { "success": "end" } }
          ]
        }
        """;

    private const string WaitAnHour = """
        {
          "name": "Wait an hour",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "pause" } },
            { "stepSlug": "pause", "stepType": "wait", "config": { "duration": "1 hour" }, "nextSteps": { "success": "end" } }
          ]
        }
        """;

    private const string WaitForOpen = """
        {
          "name": "Wait for the email to be opened",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "remember" } },
            { "stepSlug": "remember", "stepType": "action", "config": { "type": "set_variables", "parameters": { "campaign": "welcome" } },
              "nextSteps": { "success": "opened" } },
            { "stepSlug": "opened", "stepType": "wait", "config": { "event": "email.opened", "timeout": "2 days" }, "nextSteps": { "success": "end", "timeout": "end" } }
          ]
        }
        """;

    [Theory]
    [MemberData(nameof(LayoutChecks.DesktopSizes), MemberType = typeof(LayoutChecks))]
    public async Task ExecutionsTable_KeepsHeadersFiltersAndStartTimesOnOneLine_AtDesktopSizes(int width, int height)
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        const string LongName = "Win back customers who have not ordered for ninety days or more";
        var workflow = await api.ImportAsync(WaitAnHour.Replace("\"Wait an hour\"", $"\"{LongName}\"", StringComparison.Ordinal));
        await api.WaitForStatusAsync(await api.RunAsync(workflow, new { customerId = "cust_456" }), "waiting");
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        await page.OpenAsync("/executions");
        var table = page.GetByTestId("executions-table");
        await Expect(table.Locator("tbody tr").First).ToContainTextAsync(LongName);

        foreach (var header in await table.Locator("thead th").AllAsync())
        {
            Assert.True(await LayoutChecks.IsOneLineAsync(header), $"the header '{await header.TextContentAsync()}' wraps at {width}×{height}");
        }
        Assert.True(await LayoutChecks.IsOneLineAsync(page.GetByTestId("executions-search-outputs")), "the 'In outputs' box wraps");
        Assert.True(await LayoutChecks.IsOneLineAsync(table.Locator("tbody tr").First.Locator("td:has(time)")), "the start time wraps");
        await page.SaveDocScreenshotAsync("executions-table");
    }

    [Fact]
    public async Task Detail_ShowsTheVariablesAfterAStep_AndTheEventTheRunWaitedFor()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var customer = $"cust_{Guid.NewGuid():N}";
        var executionId = await api.RunAsync(await api.ImportAsync(WaitForOpen), new { customerId = customer });
        await api.WaitForStatusAsync(executionId, "waiting");
        await api.PublishEventAsync("email.opened", customer, new { link = "https://example.com/offer" });
        await api.WaitForStatusAsync(executionId, "completed");

        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/executions/{executionId}");
        await page.GetByTestId("timeline-step").Nth(1).ClickAsync();
        await Expect(page.GetByTestId("step-variables")).ToContainTextAsync("\"campaign\": \"welcome\"");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Waits") }).ClickAsync();

        var wait = page.GetByTestId("wait");
        await Expect(wait).ToContainTextAsync("the event email.opened");
        await Expect(wait).ToContainTextAsync("arrived");
        await Expect(wait).ToContainTextAsync("https://example.com/offer");
        await page.SaveScreenshotAsync("execution-waits");
    }

    [Fact]
    public async Task FailedRun_IsFoundByFilter_Inspected_RetriedAfterFixingTheData_AndShownCompleted()
    {
        var data = await Fixture.NewPageAsync();
        await data.OpenAsync("/data");
        await data.GetByPlaceholder("Search name, email or id").FillAsync("cust_010");
        var customerRows = data.GetByTestId("customers-table").Locator("tbody tr");
        await Expect(customerRows).ToHaveCountAsync(1);
        var takenEmail = (await customerRows.GetByTestId("customer-email").TextContentAsync())!.Trim();

        var api = await ApiClient.CreateAsync(Fixture.App);
        var executionId = await api.RunAsync(await api.ImportAsync(AddLead), new { email = takenEmail });
        await api.WaitForStatusAsync(executionId, "failed");

        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/executions");
        await page.GetByTestId("executions-search").FillAsync(executionId);
        await Expect(page.GetByTestId("executions-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByTestId("executions-table").Locator("tbody tr").First.ClickAsync();
        await Expect(page.GetByTestId("step-title")).ToHaveTextAsync("Create customer");
        await Expect(page.GetByTestId("execution-error")).ToContainTextAsync("Create customer failed");
        await Expect(page.GetByTestId("step-error")).ToContainTextAsync("already exists");
        await Expect(page.Locator("[data-testid=execution-diagram] [data-node=create_customer]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("run-failed"));
        var minimap = page.GetByTestId("execution-diagram").GetByTestId("minimap");
        Assert.True(LayoutChecks.Within((await minimap.Locator("[data-minimap-view]").BoundingBoxAsync())!, (await minimap.BoundingBoxAsync())!),
            "the minimap's frame of the visible part stays inside the minimap");
        await page.SaveScreenshotAsync("execution-failed");

        // The old record had the lead's address by mistake: correct it, then retry the run.
        await customerRows.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Edit ") }).ClickAsync();
        await data.GetByTestId("field-email").FillAsync("corrected.cust010@example.com");
        await data.GetByTestId("save-edit").ClickAsync();
        await Expect(data.GetByText("saved.")).ToBeVisibleAsync();

        await page.GetByTestId("retry").ClickAsync();
        await Expect(page.GetByTestId("execution-status").First).ToHaveTextAsync("Completed", new() { Timeout = 15_000 });
        await Expect(page.Locator("[data-testid=execution-diagram] [data-node=create_customer]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("run-completed"));
        await page.SaveScreenshotAsync("execution-completed");
    }

    [Fact]
    public async Task FailedRun_RetriedWithACorrectedInput_Completes()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var executionId = await api.RunAsync(await api.ImportAsync(AddLead), new { email = "ada.schmidt20@example.com" });
        await api.WaitForStatusAsync(executionId, "failed");

        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/executions/{executionId}");
        await Expect(page.GetByTestId("step-error")).ToContainTextAsync("already exists");
        await page.GetByTestId("retry-changes").ClickAsync();
        var input = page.GetByTestId("retry-input");
        await input.FillAsync("{ \"email\": ");
        await page.GetByTestId("retry-with-changes").ClickAsync();
        await Expect(page.GetByText("The input is not valid JSON")).ToBeVisibleAsync();

        await input.FillAsync($$"""{ "email": "lea.{{executionId}}@example.com" }""");
        await page.SaveScreenshotAsync("execution-retry-with-changes");
        await page.GetByTestId("retry-with-changes").ClickAsync();

        await Expect(page.GetByTestId("execution-status").First).ToHaveTextAsync("Completed", new() { Timeout = 15_000 });
        await page.GetByRole(AriaRole.Tab, new() { Name = "Trigger" }).ClickAsync();
        await Expect(page.GetByTestId("trigger-payload")).ToContainTextAsync($"lea.{executionId}@example.com");
    }

    [Fact]
    public async Task Detail_AsksBeforeCancellingARun_AndKeepsItRunning_WhenTheAnswerIsNo()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var executionId = await api.RunAsync(await api.ImportAsync(WaitAnHour), new { n = 1 });
        await api.WaitForStatusAsync(executionId, "waiting");

        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/executions/{executionId}");
        await page.GetByTestId("cancel").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("Cancel this run?");
        await Expect(dialog).ToContainTextAsync("Steps not reached yet will not run");
        await page.SaveScreenshotAsync("execution-cancel-confirmation");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Keep it running" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal("waiting", (await api.WaitForStatusAsync(executionId, "waiting"))["status"]!.GetValue<string>());

        await page.GetByTestId("cancel").ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel run" }).ClickAsync();
        Assert.Equal("cancelled", (await api.WaitForStatusAsync(executionId, "cancelled"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListAndDetail_ShowTimesInTheReadersZone_AndNameItOnHover()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var batch = $"zone-{Guid.NewGuid():N}";
        var executionId = await api.RunAsync(await api.ImportAsync(WaitAnHour), new { batch });
        var execution = await api.WaitForStatusAsync(executionId, "waiting");
        string InTokyo(string field) => DateTimeOffset.Parse(execution[field]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            .ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

        var page = await Fixture.NewPageAsync(timeZone: "Asia/Tokyo");
        await page.OpenAsync($"/executions/{executionId}");
        var shown = page.GetByTestId("execution-started");
        await Expect(shown).ToHaveTextAsync(InTokyo("startedAt"));
        await Expect(shown).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex(@"Asia/Tokyo \(UTC\+09:00\) · .* UTC$"));

        await page.OpenAsync("/executions");
        await page.GetByTestId("executions-search").FillAsync(batch);
        var rows = page.GetByTestId("executions-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Locator("time")).ToHaveTextAsync(InTokyo("createdAt"));
        await Expect(rows.Locator("time")).ToHaveAttributeAsync("data-zone", "Asia/Tokyo");
    }

    [Fact]
    public async Task BulkCancel_CancelsTheWaitingRuns_AndSaysWhichWereSkipped()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var batch = $"batch-{Guid.NewGuid():N}";
        var workflowId = await api.ImportAsync(WaitAnHour);
        var waiting = new[] { await api.RunAsync(workflowId, new { batch, n = 1 }), await api.RunAsync(workflowId, new { batch, n = 2 }) };
        var failed = await api.RunAsync(await api.ImportAsync(AddLead), new { email = "ada.schmidt20@example.com", batch });
        foreach (var id in waiting)
        {
            await api.WaitForStatusAsync(id, "waiting");
        }
        await api.WaitForStatusAsync(failed, "failed");

        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/executions");
        await page.GetByTestId("executions-search").FillAsync(batch);
        var rows = page.GetByTestId("executions-table").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("bulk-progress-text")).ToHaveCountAsync(0);
        await page.GetByTestId("executions-table").Locator("thead input[type=checkbox]").ClickAsync(new() { Force = true });
        await Expect(page.GetByTestId("bulk-cancel")).ToHaveTextAsync("Cancel 2");
        await Expect(page.GetByTestId("bulk-retry")).ToHaveTextAsync("Retry 1");
        await page.SaveScreenshotAsync("executions-bulk-selection");

        await page.GetByTestId("bulk-cancel").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("Steps not reached yet will not run");
        await Expect(dialog).ToContainTextAsync("1 of the 3 selected will be skipped");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel 2" }).ClickAsync();

        await Expect(page.GetByText("Cancelled 2 runs. Skipped 1 (1 failed)")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("bulk-progress-text")).ToHaveCountAsync(0);
        foreach (var id in waiting)
        {
            Assert.Equal("cancelled", (await api.WaitForStatusAsync(id, "cancelled"))["status"]!.GetValue<string>());
        }
        Assert.Equal("failed", (await api.WaitForStatusAsync(failed, "failed"))["status"]!.GetValue<string>());
        await Expect(rows.Locator("[data-testid=execution-status]", new() { HasText = "cancelled" })).ToHaveCountAsync(2);
    }
}
