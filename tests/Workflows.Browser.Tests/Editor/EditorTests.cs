using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

[Collection(EditorBrowserCollection.Name)]
public sealed class EditorTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private async Task<IPage> OpenGuideWorkflowAsync(string file)
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", file)));
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/workflows/{id}");
        return page;
    }

    [Fact]
    public async Task Marketer_BuildsTheWelcomeEmailFromAnEmptyCanvas_SavesAndRunsIt()
    {
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync("/workflows");
        await page.GetByTestId("new-workflow").ClickAsync();
        await page.GetByRole(AriaRole.Dialog).Locator("input").FillAsync("Welcome new customers");
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page.GetByTestId("editor")).ToBeVisibleAsync();
        await page.WaitForInteractiveAsync();

        // Add: click the trigger, then an action in the palette, which adds it after the trigger, linked.
        await Node(page, "start").ClickAsync();
        await page.GetByTestId("palette-search").FillAsync("get customer");
        await page.GetByTestId("palette-action:customer.get_by_id").ClickAsync();
        await Expect(page.GetByTestId("link-start-success")).ToHaveCountAsync(1);
        await Field(page, "parameters.customerId").FillAsync("{{input.customerId}}");

        // Drag the email action from the palette onto the canvas, then draw the link from the success port.
        await page.GetByTestId("palette-search").FillAsync("send email");
        var canvas = page.GetByTestId("canvas");
        var box = (await canvas.BoundingBoxAsync())!;
        await page.GetByTestId("palette-action:email_send").DragToAsync(canvas, new() { TargetPosition = new() { X = box.Width * 0.35f, Y = box.Height * 0.7f } });
        await Expect(Node(page, "send_email")).ToHaveCountAsync(1);
        await DragAsync(page, Port(page, "get_customer", "success"), Node(page, "send_email"));
        await Expect(page.GetByTestId("link-get_customer-success")).ToHaveCountAsync(1);

        await Node(page, "send_email").ClickAsync();
        await Field(page, "parameters.to").FillAsync("{{steps.get_customer.output.email}}");
        await Field(page, "parameters.subject").FillAsync("Welcome to our platform!");
        await Field(page, "parameters.body").FillAsync("Hi {{steps.get_customer.output.name}}, welcome aboard!");
        await Expect(page.Locator("[data-testid^=badge-].error")).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync("editor-welcome-built");

        await page.Keyboard.PressAsync("Control+s");
        await Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);
        await page.GetByTestId("test-run").ClickAsync();
        await page.GetByTestId("test-run-input").FillAsync("""{ "customerId": "cust_456" }""");
        await page.GetByTestId("start-test-run").ClickAsync();

        await Expect(page.GetByTestId("run-status").GetByTestId("execution-status")).ToHaveTextAsync("Completed", new() { Timeout = 15_000 });
        await Expect(Node(page, "send_email")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("run-completed"));
        await page.SaveScreenshotAsync("editor-welcome-run");
    }

    [Fact]
    public async Task DeleteUndoRedo_RemoveAndBringBackAStep_FromTheKeyboard()
    {
        var page = await OpenGuideWorkflowAsync("pattern1-auto-reply.json");
        var count = await page.Locator("[data-node]").CountAsync();

        await Node(page, "generate_reply").ClickAsync();
        await page.Keyboard.PressAsync("Delete");
        await Expect(page.Locator("[data-node]")).ToHaveCountAsync(count - 1);
        await page.Keyboard.PressAsync("Control+z");
        await Expect(page.Locator("[data-node]")).ToHaveCountAsync(count);
        await Expect(page.GetByTestId("link-decide_reply-true")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync("Control+y");

        await Expect(page.Locator("[data-node]")).ToHaveCountAsync(count - 1);
        await page.GetByTestId("undo").ClickAsync();
        await Expect(page.Locator("[data-node]")).ToHaveCountAsync(count);

        await Node(page, "save_reply").ClickAsync();
        await page.Keyboard.PressAsync("Control+c");
        await page.Keyboard.PressAsync("Control+v");
        await Expect(Node(page, "save_reply_2")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("selected"));
    }

    [Fact]
    public async Task AutoLayout_PutsADraggedStepBackInItsLayer()
    {
        var page = await OpenGuideWorkflowAsync("pattern1-auto-reply.json");
        var node = Node(page, "save_reply");
        var laidOut = (await node.GetAttributeAsync("data-x"), await node.GetAttributeAsync("data-y"));

        var (x, y) = await CenterOfAsync(node);
        await DragAsync(page, (x, y), (x - 150, y - 60));
        await Expect(node).Not.ToHaveAttributeAsync("data-x", laidOut.Item1!);
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();
        await page.GetByTestId("auto-layout").ClickAsync();

        await Expect(node).ToHaveAttributeAsync("data-x", laidOut.Item1!);
        await Expect(node).ToHaveAttributeAsync("data-y", laidOut.Item2!);
        await page.SaveScreenshotAsync("editor-auto-layout");
    }

    [Fact]
    public async Task ValidationError_IsShownOnTheNodeAndInProblems_AndGoesWhenFixed()
    {
        var page = await OpenGuideWorkflowAsync("pattern1-auto-reply.json");
        await Node(page, "decide_reply").ClickAsync();

        await page.GetByTestId("condition-builder").GetByText("Advanced").ClickAsync();
        await ConditionText(page).FillAsync("{{steps.check_needs_reply.output.needsReply}} ==");
        await Expect(page.GetByTestId("badge-decide_reply")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("error"));
        await page.Locator(".mud-tab", new() { HasText = "Problems" }).ClickAsync();
        // Problems are listed errors first, each under the step's title as its node shows it.
        await page.GetByTestId("problem").Filter(new() { Has = page.GetByTestId("problem-place").GetByText("Condition", new() { Exact = true }) }).First.ClickAsync();
        await page.SaveScreenshotAsync("editor-validation-error");
        await ConditionText(page).FillAsync("{{steps.check_needs_reply.output.needsReply}} == true");

        await Expect(page.Locator("[data-testid=badge-decide_reply].error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Connect_ToItself_IsRefusedWithAReason()
    {
        var page = await OpenGuideWorkflowAsync("pattern1-auto-reply.json");

        await DragAsync(page, Port(page, "save_reply", "error"), Node(page, "save_reply"));
        await page.SaveScreenshotAsync("editor-connect-self");

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("itself");
        await Expect(page.GetByTestId("link-save_reply-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task PublishTwice_ThenCompare_DrawsTheAddedStepOnTheCanvas()
    {
        var page = await OpenGuideWorkflowAsync("welcome-email.json");
        await ToolbarCommandAsync(page, "publish");
        await Expect(page.GetByText("Published as version 1.")).ToBeVisibleAsync();

        await Node(page, "send_email").ClickAsync();
        await page.GetByTestId("palette-wait").ClickAsync();
        await Expect(Node(page, "wait")).ToHaveCountAsync(1);
        await ToolbarCommandAsync(page, "publish");
        await Expect(page.GetByText("Published as version 2.")).ToBeVisibleAsync();
        await ToolbarCommandAsync(page, "versions");

        var canvas = page.GetByTestId("compare-canvas");
        await Expect(canvas.Locator("[data-node=wait]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("diff-added"));
        await Expect(canvas.Locator("[data-node=send_email]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("diff-changed"));
        await page.SaveScreenshotAsync("editor-compare-versions");
    }

    private static ILocator ConditionText(IPage page) => page.Locator("textarea[data-testid=condition-text]");
}
