using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class ExecutionsPageTests(BrowserFixture fixture)
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

    [Fact]
    public async Task FailedRun_IsFoundByFilter_Inspected_RetriedAfterFixingTheData_AndShownCompleted()
    {
        var data = await fixture.NewPageAsync();
        await data.OpenAsync("/data");
        await data.GetByPlaceholder("Search name, email or id").FillAsync("cust_010");
        var customerRows = data.GetByTestId("customers-table").Locator("tbody tr");
        await Expect(customerRows).ToHaveCountAsync(1);
        var takenEmail = (await customerRows.Locator("td").Nth(1).TextContentAsync())!.Trim();

        var api = await ApiClient.CreateAsync(fixture.App);
        var executionId = await api.RunAsync(await api.ImportAsync(AddLead), new { email = takenEmail });
        await api.WaitForStatusAsync(executionId, "failed");

        var page = await fixture.NewPageAsync();
        await page.OpenAsync("/executions");
        await page.GetByTestId("executions-search").FillAsync(executionId);
        await Expect(page.GetByTestId("executions-table").Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByTestId("executions-table").Locator("tbody tr").First.ClickAsync();
        await Expect(page.GetByTestId("step-inspector")).ToContainTextAsync("create_customer");
        await Expect(page.GetByTestId("step-error")).ToContainTextAsync("already exists");
        await page.SaveScreenshotAsync("execution-failed");

        // The old record had the lead's address by mistake: correct it, then retry the run.
        await customerRows.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Edit ") }).ClickAsync();
        await data.GetByTestId("field-email").FillAsync("corrected.cust010@example.com");
        await data.GetByTestId("save-edit").ClickAsync();
        await Expect(data.GetByText("saved.")).ToBeVisibleAsync();

        await page.GetByTestId("retry").ClickAsync();
        await Expect(page.GetByTestId("execution-status").First).ToHaveTextAsync("completed", new() { Timeout = 15_000 });
        await page.SaveScreenshotAsync("execution-completed");
    }
}
