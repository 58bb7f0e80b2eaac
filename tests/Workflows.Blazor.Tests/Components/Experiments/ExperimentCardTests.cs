using Workflows.Blazor.Components.Experiments;
using Workflows.Blazor.Experiments;
using Workflows.Engine.Experiments;

namespace Workflows.Blazor.Tests.Components.Experiments;

/// <summary>The experiment card: each path's numbers against the control, the test's call in words, and ending with a winner.</summary>
public sealed class ExperimentCardTests : ComponentTest
{
    private static readonly SplitPath[] Paths = [new("A", 45), new("B", 45), new("Holdout", 10, true)];

    private static SplitStats Split(long entered, (long A, long B, long Holdout) converted, SplitWinner? winner = null) =>
        SplitResults.For(new("ab_test", "split", new(), new Dictionary<string, string>()) { Name = "Spring offer" }, Paths,
            path => path switch { "A" => (entered, converted.A), "B" => (entered, converted.B), _ => (entered, converted.Holdout) }) with { Winner = winner };

    private IRenderedComponent<ExperimentCard> Render(SplitStats split, Action<string>? onEnd = null) =>
        Render<ExperimentCard>(p => p.Add(c => c.Split, split).Add(c => c.Goal, "Big order").Add(c => c.OnEnd, onEnd ?? (_ => { })));

    [Fact]
    public void Card_SaysNotEnoughDataYet_ForFewContacts()
    {
        var card = Render(Split(20, (2, 3, 1)));

        Assert.Equal("Not enough data yet.", card.Find("[data-testid=call-B]").TextContent.Trim().Split("vs Holdout.").Last().Trim());
        Assert.Contains("15%", card.Find("[data-testid=rate-B]").TextContent);
        Assert.Equal("20 entered · 3 converted", card.Find("[data-testid=counts-B]").TextContent.Trim());
        Assert.Contains("two-proportion z-test, 95%", card.Find("[data-testid=experiment-test]").TextContent);
    }

    [Fact]
    public void Card_GivesTheUpliftAndTheTestsCall_WhenTheDifferenceIsReal()
    {
        var card = Render(Split(1_000, (60, 200, 50)));

        var call = card.Find("[data-testid=call-B]").TextContent;
        Assert.Contains("+300% vs Holdout.", call);
        Assert.Contains("B converts better than Holdout (p < 0.001).", call);
        Assert.Contains("No clear difference between A and Holdout", card.Find("[data-testid=call-A]").TextContent);
    }

    [Fact]
    public void Card_OffersToSendEveryoneToEachPathThatSends_AndNamesThePathChosen()
    {
        string? chosen = null;
        var card = Render(Split(1_000, (60, 200, 50)), path => chosen = path);

        Assert.Empty(card.FindAll("[data-testid=end-ab_test-Holdout]"));
        card.Find("[data-testid=end-ab_test-B]").Click();

        Assert.Equal("B", chosen);
    }

    [Fact]
    public void Card_ShowsTheResult_AndOffersNoEnd_OnceTheExperimentEnded()
    {
        var card = Render(Split(0, (0, 0, 0), new SplitWinner("B", new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), "B 20% of 1,000 converted.")));

        var ended = card.Find("[data-testid=experiment-ended]").TextContent;
        Assert.Contains("Experiment ended on 1 Dec 2026: everyone takes path B.", ended);
        Assert.Contains("B 20% of 1,000 converted.", ended);
        Assert.Empty(card.FindAll("[data-testid^=end-]"));
    }

    private IRenderedComponent<ExperimentCard> RenderWithAutoSwitch(SplitStats split, List<SplitAutoEnd?> chosen) =>
        Render<ExperimentCard>(p => p.Add(c => c.Split, split).Add(c => c.Goal, "Big order").Add(c => c.OnEnd, _ => { })
            .Add(c => c.OnAutoSwitch, rule => chosen.Add(rule)));

    [Fact]
    public void AutoSwitch_TurnedOn_OffersTheRuleToConfirm_AndSavesIt()
    {
        var chosen = new List<SplitAutoEnd?>();
        var card = RenderWithAutoSwitch(Split(300, (30, 60, 20)), chosen);
        Assert.Contains("Off: the experiment runs until you pick a winner.", card.Find("[data-testid=auto-switch-state]").TextContent);
        Assert.Empty(card.FindAll("[data-testid=auto-switch-save]"));

        card.Find("[data-testid=auto-switch-ab_test] input[type=checkbox]").Change(true);
        card.Find("[data-testid=auto-switch-save]").Click();

        Assert.Equal([new SplitAutoEnd(95, 500)], chosen);
    }

    [Fact]
    public void AutoSwitch_SavedRule_IsSaidInWords_AndTurnedOffAtOnce()
    {
        var chosen = new List<SplitAutoEnd?>();
        var card = RenderWithAutoSwitch(Split(300, (30, 60, 20)) with { AutoSwitch = new SplitAutoEnd(99, 1_000) }, chosen);
        Assert.Contains("On: once every path has 1,000 contacts and one wins with 99% confidence, everyone takes it",
            card.Find("[data-testid=auto-switch-state]").TextContent);

        card.Find("[data-testid=auto-switch-ab_test] input[type=checkbox]").Change(false);

        Assert.Equal([null], chosen);
    }

    [Fact]
    public void AutoSwitch_IsNotOffered_WhereNobodyCanSetIt()
    {
        var card = Render(Split(300, (30, 60, 20)));

        Assert.Empty(card.FindAll("[data-testid=auto-switch-ab_test]"));
    }
}
