using Workflows.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Workflows.Browser.Tests.Pages;

/// <summary>Diagrams that are only looked at open where text can be read, on the part that matters.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadOnlyDiagramTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [MemberData(nameof(LayoutChecks.DesktopSizes), MemberType = typeof(LayoutChecks))]
    public async Task ExecutionDiagram_OpensAtAReadableZoom_WithTheRunsFirstStepInView(int width, int height)
    {
        var (_, executionId) = await AssetWorkflows.FinishedRunAsync(Fixture.App);
        var page = await Fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);

        await page.OpenAsync($"/executions/{executionId}");

        var canvas = page.GetByTestId("canvas");
        await Expect(canvas).ToHaveAttributeAsync("data-gestures", "ready");
        var zoom = int.Parse((await canvas.GetAttributeAsync("data-zoom"))!);
        Assert.True(zoom >= 70, $"the diagram opened at {zoom}%");
        var view = (await canvas.BoundingBoxAsync())!;
        var first = (await page.GetByTestId("node-start").BoundingBoxAsync())!;
        Assert.True(first.X >= view.X && first.X + first.Width <= view.X + view.Width && first.Y >= view.Y && first.Y + first.Height <= view.Y + view.Height,
            "the run's first step is not wholly in view");
    }
}
