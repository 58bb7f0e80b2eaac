using System.Text.Json.Nodes;
using Workflows.Engine.Preview;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;

namespace Workflows.Engine.Tests.Preview;

/// <summary>Two previews of the same contacts side by side: who gets something different, and what.</summary>
public sealed class PreviewComparisonTests
{
    private readonly WorkflowPreviewer _previewer = new(new GuideActions().Handlers, NoSecrets.Instance, new ExecutorOptions());

    private Task<IReadOnlyList<ContactTimeline>> PreviewAsync(PreviewScenario scenario) =>
        _previewer.PreviewAsync(PreviewFlows.WelcomeSeries(), [new PreviewContact("cust_1", new JsonObject { ["customerId"] = "cust_1" })],
            new PreviewPlan(TestEngine.StartTime, 30, scenario));

    [Fact]
    public async Task Compare_WhenTheReviewerRejectsInsteadOfApproving_SaysTheOfferIsOnlyInTheApprovedOne()
    {
        var opens = new ScenarioEvent("email.opened", 2);
        var approved = await PreviewAsync(new PreviewScenario { Events = [opens] });
        var rejected = await PreviewAsync(new PreviewScenario { Events = [opens], Approval = ApprovalChoice.Rejected });

        var comparison = PreviewComparison.Of(approved, rejected);

        Assert.Equal((1, 0), (comparison.Contacts, comparison.Same));
        var difference = Assert.Single(comparison.Differences);
        Assert.Equal("cust_1", difference.ContactId);
        Assert.Contains(difference.OnlyBefore, line => line.StartsWith("Day 9 · Would send offer: “15% off, just for you”", StringComparison.Ordinal));
        Assert.DoesNotContain(difference.OnlyAfter, line => line.Contains("offer", StringComparison.Ordinal) && line.Contains("Would send", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Compare_OfTheSamePreview_FindsEveryoneTheSame()
    {
        var timelines = await PreviewAsync(PreviewScenario.Default);

        var comparison = PreviewComparison.Of(timelines, await PreviewAsync(PreviewScenario.Default));

        Assert.Equal((1, 1), (comparison.Contacts, comparison.Same));
        Assert.Empty(comparison.Differences);
    }
}
