using Workflows.Engine.Experiments;

namespace Workflows.Engine.Tests.Experiments;

/// <summary>The interval and the test against values computed independently (Python's math.erfc, the Wilson formula by hand).</summary>
public sealed class ExperimentStatisticsTests
{
    [Theory]
    [InlineData(50, 100, 0.4038315303659956, 0.5961684696340044)]
    [InlineData(0, 10, 0.0, 0.2775327998628892)]
    [InlineData(120, 1000, 0.10129926060130913, 0.14160907584771276)]
    public void Wilson_GivesTheScoreInterval(long converted, long entered, double low, double high)
    {
        var interval = ProportionInterval.Wilson(converted, entered);

        Assert.Equal(low, interval.Low, 9);
        Assert.Equal(high, interval.High, 9);
    }

    [Fact]
    public void Wilson_IsTheWholeRange_WithNoContacts() => Assert.Equal(new ProportionInterval(0, 1), ProportionInterval.Wilson(0, 0));

    [Fact]
    public void UpperTail_IsTwoAndAHalfPercent_AtTheNinetyFivePercentZ() =>
        Assert.Equal(0.025, NormalDistribution.UpperTail(ProportionInterval.Z), 6);

    [Fact]
    public void Comparison_CallsAPathBetter_WhenTheDifferenceIsBeyondChance()
    {
        var comparison = PathComparison.Of(120, 1000, 80, 1000);

        Assert.Equal(ExperimentVerdict.Better, comparison.Verdict);
        Assert.Equal(2.9814239699997187, comparison.Z!.Value, 9);
        Assert.Equal(0.0028691127920766257, comparison.PValue!.Value, 6);
    }

    [Fact]
    public void Comparison_CallsAPathWorse_WhenItConvertsLessBeyondChance() =>
        Assert.Equal(ExperimentVerdict.Worse, PathComparison.Of(80, 1000, 120, 1000).Verdict);

    [Fact]
    public void Comparison_SeesNoClearDifference_WhenChanceExplainsIt() =>
        Assert.Equal(ExperimentVerdict.NoClearDifference, PathComparison.Of(105, 1000, 100, 1000).Verdict);

    [Theory]
    [InlineData(30, 99, 10, 100)]
    [InlineData(4, 1000, 100, 1000)]
    [InlineData(997, 1000, 100, 1000)]
    public void Comparison_SaysNotEnoughData_BelowTheMinimumSample(long converted, long entered, long controlConverted, long controlEntered)
    {
        var comparison = PathComparison.Of(converted, entered, controlConverted, controlEntered);

        Assert.Equal(new PathComparison(ExperimentVerdict.NotEnoughData, null, null), comparison);
    }
}
