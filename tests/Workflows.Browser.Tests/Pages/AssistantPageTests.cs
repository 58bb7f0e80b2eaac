using Workflows.Blazor.Tests.Support;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

[Collection(BrowserCollection.Name)]
public sealed class AssistantPageTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string InventedAction = """
        {"name": "Welcome Email", "steps": [
          {"stepSlug": "start", "stepType": "trigger", "config": {"type": "manual"}, "nextSteps": {"success": "send"}},
          {"stepSlug": "send", "stepType": "action", "config": {"type": "crm.magic_push", "parameters": {}}, "nextSteps": {"success": "end", "error": "end"}}
        ]}
        """;

    private const string Welcome = """
        {"name": "Welcome Email", "description": "Get the new customer and send a personalised welcome email.", "steps": [
          {"stepSlug": "start", "stepType": "trigger", "config": {"type": "manual"}, "nextSteps": {"success": "get_customer"}},
          {"stepSlug": "get_customer", "stepType": "action", "config": {"type": "customer_get", "parameters": {"customerId": "{{input.customerId}}"}}, "nextSteps": {"success": "send_email", "error": "end"}},
          {"stepSlug": "send_email", "stepType": "action", "config": {"type": "email_send", "parameters": {"to": "{{steps.get_customer.output.email}}", "subject": "Welcome!", "body": "Hi {{steps.get_customer.output.name}}!"}}, "nextSteps": {"success": "end", "error": "end"}}
        ]}
        """;

    [Fact]
    public async Task Designer_AsksForAWorkflow_SeesTheRepairedProposal_AndSavesIt()
    {
        await using var server = new FakeOpenAiServer();
        var page = await Fixture.NewPageAsync();
        await page.ConfigureAiAsync(server.Endpoint, FakeOpenAiServer.Model);
        server.Script(FakeReply.Say(InventedAction), FakeReply.Say(Welcome));

        await page.OpenAsync("/assistant");
        await page.GetByTestId("assistant-example").First.ClickAsync();

        // Two model answers, each validated, and a repair between them: on a loaded machine this takes longer than a click.
        await Expect(page.GetByTestId("assistant-verdict")).ToContainTextAsync("It validates", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("assistant-proposal")).ToContainTextAsync("2 attempts");
        await Expect(page.GetByTestId("assistant-steps")).ToContainTextAsync("email_send");
        await page.SaveScreenshotAsync("assistant");

        await page.GetByTestId("assistant-accept").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workflows/[0-9a-z]+$"));
        await Expect(page.GetByTestId("editor")).ToBeVisibleAsync();
    }
}
