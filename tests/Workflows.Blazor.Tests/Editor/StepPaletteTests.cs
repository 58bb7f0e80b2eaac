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

    /// <summary>Every entry of the palette, under the heading a marketer would look for it under. A new step is placed here on purpose.</summary>
    private static readonly Dictionary<string, string[]> GroupsAMarketerLooksIn = new()
    {
        ["Start"] = ["Start"],
        ["Flow control"] = ["Condition", "For each", "Split", "Wait"],
        ["AI"] = ["Ask AI"],
        ["Approvals"] = ["Approval", "Approval history", "Create approval request", "Decide approval", "Get approval", "List pending approvals"],
        ["Customers"] =
        [
            "Create customer", "Filter customers", "Get customer", "Get customer behaviour", "Get customer profile and purchases", "Get customer's orders",
            "Record an order", "Search customers", "Segment customer", "Update CRM record", "Update customer",
        ],
        ["Messages"] =
        [
            "Conversation from received email", "Conversation from sent email", "Draft a reply", "Get conversation", "Get conversation messages",
            "Notify account manager", "Search conversations", "Send email", "Send push notification", "Send SMS", "Start conversation", "Update conversation",
        ],
        ["Offers and rewards"] = ["Check offer eligibility", "Give discount or loyalty points", "Redeem offer", "Send offer"],
        ["Products"] = ["Add product details", "Create product", "Filter products", "Get product", "Save recommendations", "Search products", "Update product"],
        ["Data"] = ["Get campaign settings", "Log campaign event", "Set variables"],
        ["Documents and knowledge"] =
        [
            "Add document to knowledge base", "Add text to knowledge base", "Get document", "Get download link", "Search documents",
            "Search knowledge base", "Store document", "Update document",
        ],
        ["Workflows"] = ["Import workflows from folder", "Schedule follow-up"],
        ["Integrations"] = ["Call an API", "Get email settings", "Get mailbox login"],
    };

    [Fact]
    public void Palette_ListsEveryStep_UnderTheHeadingAMarketerLooksIn()
    {
        var palette = Render<StepPalette>();

        var shown = new Dictionary<string, List<string>>();
        var heading = "";
        foreach (var element in palette.Find("[data-testid=palette]").Children.Where(e => e.ClassList.Contains("palette-group") || e.ClassList.Contains("palette-item")))
        {
            if (element.ClassList.Contains("palette-group"))
            {
                heading = element.TextContent.Trim();
                shown[heading] = [];
            }
            else
            {
                shown[heading].Add(element.QuerySelector(".palette-name")!.TextContent.Trim());
            }
        }

        Assert.Equal(GroupsAMarketerLooksIn.Keys, shown.Keys);
        foreach (var (group, labels) in GroupsAMarketerLooksIn)
        {
            Assert.Equal(labels.Order(StringComparer.OrdinalIgnoreCase), shown[group].Order(StringComparer.OrdinalIgnoreCase));
        }
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
