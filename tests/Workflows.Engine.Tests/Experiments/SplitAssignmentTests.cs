using Workflows.Engine.Experiments;

namespace Workflows.Engine.Tests.Experiments;

public sealed class SplitAssignmentTests
{
    private const int Contacts = 100_000;

    private static IEnumerable<string> ContactIds(int count) => Enumerable.Range(0, count).Select(i => $"cust_{i}");

    [Fact]
    public void Place_IsTheSame_ForTheSameContactOnEveryCall()
    {
        var first = ContactIds(1_000).Select(c => SplitAssignment.Place("wf_1", "ab_test", c)).ToList();
        var again = ContactIds(1_000).Select(c => SplitAssignment.Place("wf_1", "ab_test", c)).ToList();

        Assert.Equal(first, again);
    }

    [Fact]
    public void Place_StaysAsReleased_SoAnUpgradeMovesNoContactToAnotherPath()
    {
        // Contacts already in an experiment keep their path only while this hash never changes. The value is the first
        // 53 bits of SHA-256("wf_1␟ab_test␟cust_1") over 2^53, as Python's hashlib computes it too.
        Assert.Equal(0.9373582419262924, SplitAssignment.Place("wf_1", "ab_test", "cust_1"), 15);
    }

    [Theory]
    [InlineData("wf_2", "ab_test")]
    [InlineData("wf_1", "other_split")]
    public void Place_IsDrawnAfresh_ForAnotherWorkflowOrSplit(string workflowId, string stepSlug)
    {
        var paths = Paths(50, 50);

        var same = ContactIds(10_000).Count(c =>
            SplitAssignment.Choose(paths, SplitAssignment.Place("wf_1", "ab_test", c)) == SplitAssignment.Choose(paths, SplitAssignment.Place(workflowId, stepSlug, c)));

        Assert.InRange(same / 10_000.0, 0.47, 0.53);
    }

    [Theory]
    [InlineData(new double[] { 50, 50 })]
    [InlineData(new double[] { 80, 20 })]
    [InlineData(new double[] { 45, 45, 10 })]
    [InlineData(new double[] { 1, 1, 1 })]
    [InlineData(new double[] { 30, 20, 10, 10, 10, 10, 5, 5 })]
    public void Choose_SendsEachPathItsWeightWithinTwoPoints_Over100000Contacts(double[] weights)
    {
        var paths = Paths(weights);
        var counts = paths.ToDictionary(p => p.Name, _ => 0);

        foreach (var contact in ContactIds(Contacts))
        {
            counts[SplitAssignment.Choose(paths, SplitAssignment.Place("wf_1", "ab_test", contact)).Name]++;
        }

        foreach (var path in paths)
        {
            var expected = path.Weight / weights.Sum();
            Assert.InRange(counts[path.Name] / (double)Contacts, expected - 0.02, expected + 0.02);
        }
    }

    [Fact]
    public void Choose_MovesOnlyTheContactsBetweenTheOldAndNewBoundary_WhenAWeightChanges()
    {
        var before = Paths(80, 20);
        var after = Paths(70, 30);

        var moves = ContactIds(Contacts)
            .Select(c => SplitAssignment.Place("wf_1", "ab_test", c))
            .Select(place => (From: SplitAssignment.Choose(before, place).Name, To: SplitAssignment.Choose(after, place).Name))
            .Where(m => m.From != m.To)
            .ToList();

        Assert.All(moves, m => Assert.Equal(("A", "B"), m));
        Assert.InRange(moves.Count / (double)Contacts, 0.08, 0.12);
    }

    [Theory]
    [InlineData(0.0, "A")]
    [InlineData(0.7999, "A")]
    [InlineData(0.8, "B")]
    [InlineData(0.9999999, "B")]
    public void Choose_TakesThePathWhoseShareHoldsThePlace(double place, string expected)
    {
        Assert.Equal(expected, SplitAssignment.Choose(Paths(80, 20), place).Name);
    }

    private static IReadOnlyList<SplitPath> Paths(params double[] weights) =>
        [.. weights.Select((weight, i) => new SplitPath(((char)('A' + i)).ToString(), weight))];
}
