using Workflows.Blazor.Components.Layout;

namespace Workflows.Blazor.Tests.Components.Layout;

public sealed class CommandSearchTests
{
    private static ShellCommand Command(string title, string group = "Workflows") => new(title, group, "icon", Href: "x");

    [Fact]
    public void Filter_KeepsCommandsHoldingEveryWord_InAnyOrder()
    {
        var commands = new[] { Command("VIP offer review"), Command("Welcome email"), Command("Review the VIP list") };

        var shown = CommandSearch.Filter(commands, "vip  review");

        Assert.Equal(new[] { "VIP offer review", "Review the VIP list" }, shown.Select(c => c.Title));
    }

    [Fact]
    public void Filter_PutsTitlesStartingWithTheQueryFirst()
    {
        var commands = new[] { Command("Go to Data", "Pages"), Command("Data clean-up"), Command("Old data export") };

        var shown = CommandSearch.Filter(commands, "data");

        Assert.Equal("Data clean-up", shown[0].Title);
    }

    [Fact]
    public void Filter_MatchesTheGroup_WhenTheTitleDoesNot()
    {
        var commands = new[] { Command("Go to Inbox", "Pages"), Command("Welcome email") };

        Assert.Equal(new[] { "Go to Inbox" }, CommandSearch.Filter(commands, "pages").Select(c => c.Title));
    }

    [Fact]
    public void Filter_ShowsAtMostAScreenful_WhenNothingIsTyped()
    {
        var commands = Enumerable.Range(0, 100).Select(i => Command($"Workflow {i}"));

        Assert.Equal(CommandSearch.MaxShown, CommandSearch.Filter(commands, "  ").Count);
    }
}
