using Microsoft.Playwright;
using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;
using static Workflows.Browser.Tests.Editor.CanvasGestures;

namespace Workflows.Browser.Tests.Editor;

/// <summary>A designer sets a workflow's conversion goal in the editor, its condition picked without writing it: an edit like any other, undone, redone and saved.</summary>
[Collection(EditorBrowserCollection.Name)]
public sealed class WorkflowGoalsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Editor_SetsAConversionGoal_AsAnEditThatUndoesAndSaves()
    {
        var api = await ApiClient.CreateAsync(Fixture.App);
        var id = await api.ImportAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "assets", "workflows", "vip-offer-review.json")));
        var page = await Fixture.NewPageAsync();
        await page.OpenAsync($"/workflows/{id}");

        await ToolbarCommandAsync(page, "workflow-goals-menu");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("goal-add").ClickAsync();
        await page.PickAsync(dialog.GetByTestId("goal-event-0"), "order", "order.placed");
        var condition = dialog.GetByTestId("goal-condition-0");
        await page.ChooseConditionAsync(condition, "Order total", "is greater than", "50");
        await Expect(condition.GetByTestId("condition-summary")).ToHaveTextAsync("Reads: Order total > 50");
        await dialog.GetByTestId("goal-window-0").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "14 days" }).ClickAsync();
        await page.SaveDocScreenshotsAsync("workflow-goals", dialog);
        await dialog.GetByTestId("goals-done").ClickAsync();
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();

        await page.GetByTestId("undo").ClickAsync();
        await Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);
        await page.GetByTestId("redo").ClickAsync();
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("unsaved")).ToHaveCountAsync(0);

        await page.OpenAsync($"/workflows/{id}");
        await ToolbarCommandAsync(page, "workflow-goals-menu");
        await Expect(dialog.GetByTestId("goal-event-0")).ToHaveValueAsync("order.placed");
        await Expect(dialog.GetByTestId("goal-window-0")).ToContainTextAsync("14 days");
        await Expect(condition.GetByTestId("condition-summary")).ToHaveTextAsync("Reads: Order total > 50");
    }
}
