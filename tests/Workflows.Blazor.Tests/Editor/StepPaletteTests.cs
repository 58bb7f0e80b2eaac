using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Editor;

public sealed class StepPaletteTests : ComponentTest, IClassFixture<DemoStoreApp>
{
    public StepPaletteTests(DemoStoreApp app) => Services.AddSingleton(app.Factory.Services.GetRequiredService<ActionCatalog>());

    private static IReadOnlyList<string> Kinds(IRenderedComponent<StepPalette> palette) =>
        [.. palette.FindAll(".palette-item").Select(b => b.GetAttribute("data-palette-kind")!)];

    private static async Task SearchAsync(IRenderedComponent<StepPalette> palette, string text) =>
        await palette.InvokeAsync(() => palette.Find("input[data-testid=palette-search]").Input(text));

    [Theory]
    [InlineData("get customer", "action:customer.get_by_id")]
    [InlineData("send email", "action:email_send")]
    [InlineData("customer.get_by_id", "action:customer.get_by_id")]
    [InlineData("look up customer", "action:customer.get_by_id")]
    [InlineData("text message", "action:sms_send")]
    [InlineData("if", "condition")]
    [InlineData("delay", "wait")]
    public async Task Search_FindsTheStep_ByLabelIdOrSynonym(string search, string kind)
    {
        var palette = Render<StepPalette>();

        await SearchAsync(palette, search);

        Assert.Contains(kind, Kinds(palette));
    }

    [Fact]
    public async Task Search_ShowsOnlyMatches_AndSaysWhenNothingMatches()
    {
        var palette = Render<StepPalette>();

        await SearchAsync(palette, "get customer");
        Assert.DoesNotContain("action:sms_send", Kinds(palette));
        await SearchAsync(palette, "zzzz qqqq");

        Assert.Empty(Kinds(palette));
        Assert.Contains("Nothing matches", palette.Markup);
    }

    [Fact]
    public void Palette_GroupsStepsByWhatTheyAreFor_WithLabelsNotIds()
    {
        var palette = Render<StepPalette>();

        var groups = palette.FindAll(".palette-group").Select(g => g.TextContent.Trim()).ToList();
        Assert.Equal(["Start", "Flow control", "AI", "Approvals", "Customers", "Messages"], groups.Take(6));
        Assert.Equal("Get customer", palette.Find("[data-testid='palette-action:customer.get_by_id'] .palette-name").TextContent);
        Assert.All(palette.FindAll(".palette-name"), name => Assert.DoesNotMatch("[._]", name.TextContent));
    }
}
