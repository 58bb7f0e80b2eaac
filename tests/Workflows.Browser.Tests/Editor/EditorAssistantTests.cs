using Microsoft.Playwright;
using Workflows.Blazor.Tests.Support;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

[Collection(EditorBrowserCollection.Name)]
public sealed class EditorAssistantTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string WithReview = """
        {"name": "Welcome Email", "steps": [
          {"stepSlug": "start", "stepType": "trigger", "config": {"type": "manual"}, "nextSteps": {"success": "get_customer"}},
          {"stepSlug": "get_customer", "stepType": "action", "config": {"type": "customer.get_by_id", "parameters": {"customerId": "{{input.customerId}}"}}, "nextSteps": {"success": "review", "error": "end"}},
          {"stepSlug": "review", "stepType": "approval", "config": {"title": "Send the welcome email?", "assignee": "reviewer"}, "nextSteps": {"approved": "send_email"}},
          {"stepSlug": "send_email", "stepType": "action", "config": {"type": "email_send", "parameters": {"to": "{{steps.get_customer.output.email}}", "subject": "Welcome to our platform!", "body": "Hi {{steps.get_customer.output.name}}, welcome aboard!"}}, "nextSteps": {"success": "end", "error": "end"}}
        ]}
        """;

    [Fact]
    public async Task AssistantProposal_IsPreviewedAsADiff_AppliedAsOneEdit_AndUndone()
    {
        await using var server = new FakeOpenAiServer();
        var page = await Fixture.NewPageAsync();
        await page.ConfigureAiAsync(server.Endpoint, FakeOpenAiServer.Model);
        server.Script(FakeReply.Say(WithReview));
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "welcome-email.json")));
        await page.OpenAsync($"/workflows/{id}");

        await page.GetByRole(AriaRole.Tab, new() { Name = "AI" }).ClickAsync();
        await page.GetByTestId("assistant-input").FillAsync("Add an approval step before the email is sent");
        await page.GetByTestId("assistant-send").ClickAsync();
        await page.GetByTestId("assistant-accept").ClickAsync();

        await Expect(page.GetByTestId("proposal-banner")).ToContainTextAsync("1 added");
        await Expect(Node(page, "review")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("diff-added"));
        await page.SaveScreenshotAsync("editor-assistant-preview");
        await page.GetByTestId("apply-proposal").ClickAsync();

        await Expect(page.Locator("[data-node]")).ToHaveCountAsync(4);
        await Expect(Node(page, "review")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("diff-added"));
        await page.GetByTestId("undo").ClickAsync();
        await Expect(page.Locator("[data-node]")).ToHaveCountAsync(3);
    }
}
