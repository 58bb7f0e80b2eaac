using System.Text.Json.Nodes;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Engine.Tests.Experiments;

/// <summary>When an experiment may switch to its winner on its own: after the minimum on every path, at the stated confidence.</summary>
public sealed class SplitAutoEndTests
{
    private static readonly SplitPath[] WithHoldout = [new("A", 45), new("B", 45), new("Holdout", 10, true)];
    private static readonly SplitPath[] TwoPaths = [new("A", 50), new("B", 50)];

    private static Func<string, (long, long)> Counts(params (string Path, long Entered, long Converted)[] counts) =>
        path => counts.Where(c => c.Path == path).Select(c => (c.Entered, c.Converted)).Single();

    [Fact]
    public void Winner_IsNone_BeforeEveryPathHasTheMinimum_HoweverClearTheDifference()
    {
        var rule = new SplitAutoEnd(95, 500);

        Assert.Null(rule.Winner(WithHoldout, Counts(("A", 2_000, 100), ("B", 2_000, 400), ("Holdout", 499, 25))));
        Assert.Equal("B", rule.Winner(WithHoldout, Counts(("A", 2_000, 100), ("B", 2_000, 400), ("Holdout", 500, 25))));
    }

    [Fact]
    public void Winner_IsNone_UntilTheDifferenceReachesTheStatedConfidence()
    {
        // B 12% against A 10% of 2,000 each: p ≈ 0.045, clear at 95% but not at 99%.
        var counts = Counts(("A", 2_000, 200), ("B", 2_000, 240));

        Assert.Equal("B", new SplitAutoEnd(95, 500).Winner(TwoPaths, counts));
        Assert.Null(new SplitAutoEnd(99, 500).Winner(TwoPaths, counts));
    }

    [Fact]
    public void Winner_IsTheBestPathThatBeatsTheHoldout_AndNeverTheHoldout()
    {
        var rule = new SplitAutoEnd(95, 500);

        Assert.Equal("A", rule.Winner(WithHoldout, Counts(("A", 2_000, 500), ("B", 2_000, 400), ("Holdout", 1_000, 50))));
        Assert.Null(rule.Winner(WithHoldout, Counts(("A", 2_000, 20), ("B", 2_000, 20), ("Holdout", 1_000, 300))));
    }

    [Fact]
    public void Winner_IsTheFirstPath_WhenWithoutAHoldoutEveryOtherPathConvertsWorse() =>
        Assert.Equal("A", new SplitAutoEnd(95, 500).Winner(TwoPaths, Counts(("A", 2_000, 400), ("B", 2_000, 200))));

    [Fact]
    public void Rule_IsReadFromTheSplitsConfig_AndWrittenBack()
    {
        var split = new StepDefinition("ab_test", "split", new JsonObject { ["paths"] = new JsonArray() }, new Dictionary<string, string>());

        var on = SplitAutoEnd.With(split, new SplitAutoEnd(99, 1_000));

        Assert.Equal(new SplitAutoEnd(99, 1_000), SplitAutoEnd.Of(on));
        Assert.Null(SplitAutoEnd.Of(SplitAutoEnd.With(on, null)));
        Assert.Null(SplitAutoEnd.Of(split));
    }

    [Theory]
    [InlineData(80, 500, "Switch at 90%, 95%, 99% confidence.")]
    [InlineData(95, 50, "Wait for at least 100 contacts on each path before switching.")]
    public void Rule_NamesWhatIsWrong(double confidence, long minimum, string problem) =>
        Assert.Equal(problem, new SplitAutoEnd(confidence, minimum).FindProblem());
}
