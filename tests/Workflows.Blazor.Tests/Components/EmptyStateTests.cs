using Workflows.Blazor.Components.Shared;

namespace Workflows.Blazor.Tests.Components;

public sealed class EmptyStateTests : ComponentTest
{
    [Fact]
    public void EmptyState_ShowsTitleAndGuidance()
    {
        var cut = Render<EmptyState>(parameters => parameters
            .Add(p => p.Icon, MudBlazor.Icons.Material.Outlined.Inbox)
            .Add(p => p.Title, "Nothing is waiting for review")
            .Add(p => p.Text, "Approval steps put their requests here."));

        Assert.Contains("Nothing is waiting for review", cut.Markup);
        Assert.Contains("Approval steps put their requests here.", cut.Markup);
    }

    [Fact]
    public void EmptyState_RendersItsAction_WhenGiven()
    {
        var cut = Render<EmptyState>(parameters => parameters
            .Add(p => p.Icon, MudBlazor.Icons.Material.Outlined.Inbox)
            .Add(p => p.Title, "t")
            .Add(p => p.Text, "x")
            .AddChildContent("<button id=\"go\">Go home</button>"));

        Assert.Equal("Go home", cut.Find("#go").TextContent);
    }
}
