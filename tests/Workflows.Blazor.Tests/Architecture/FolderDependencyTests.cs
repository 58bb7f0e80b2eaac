using Xunit.Abstractions;

namespace Workflows.Blazor.Tests.Architecture;

/// <summary>
/// The app's top-level folders depend on each other only as <see cref="IntendedDependencies"/> says, and no two reach
/// each other: a dependency against the direction fails with the references that make it.
/// </summary>
public sealed class FolderDependencyTests(ITestOutputHelper output)
{
    private static readonly FolderGraph Graph = FolderGraph.App;

    [Fact]
    public void IntendedDependencies_FormNoCycle()
    {
        var rules = IntendedDependencies.MayUse.SelectMany(rule => rule.Value.Select(to => new FolderEdge(rule.Key, to)));

        Assert.Empty(FolderGraph.CyclesIn(rules));
    }

    [Fact]
    public void IntendedDependencies_PlaceEveryTopLevelFolder()
    {
        Assert.Empty(Graph.Folders.Except(IntendedDependencies.MayUse.Keys));
        Assert.True(Graph.Folders.Count >= 17, $"Only {Graph.Folders.Count} folders were found: {string.Join(", ", Graph.Folders)}");
    }

    [Fact]
    public void Folders_DependOnlyInTheIntendedDirection()
    {
        var violations = Graph.Edges.Keys.Where(edge => !IntendedDependencies.Allows(edge)).Order(Comparer).ToList();

        Assert.True(violations.Count == 0, "Dependencies against the intended direction (move the code, or change the rules with a reason):\n"
            + string.Join('\n', violations.Select(edge => $"  {edge}: {string.Join("; ", Graph.Edges[edge])}")));
    }

    [Fact]
    public void Folders_FormNoCycle()
    {
        var cycles = FolderGraph.CyclesIn(Graph.Edges.Keys);
        foreach (var cycle in cycles)
        {
            output.WriteLine($"cycle of {cycle.Count} folders: {string.Join(", ", cycle)}");
        }

        Assert.Empty(cycles);
    }

    private static readonly Comparer<FolderEdge> Comparer = Comparer<FolderEdge>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
}
