using Xunit.Abstractions;

namespace Workflows.Blazor.Tests.Architecture;

/// <summary>
/// The app's top-level folders depend on each other only as <see cref="IntendedDependencies"/> says. Today's
/// exceptions are listed in <see cref="KnownViolations"/>, each with its reason: a new one fails, and so does a
/// listed one that is gone, so the list can only shrink.
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
    public void Folders_DependOnlyInTheIntendedDirection_ExceptForTheKnownViolations()
    {
        var violations = Graph.Edges.Keys.Where(edge => !IntendedDependencies.Allows(edge)).ToHashSet();

        var added = violations.Except(KnownViolations.Edges.Keys).Order(Comparer).ToList();
        var fixedOnes = KnownViolations.Edges.Keys.Except(violations).Order(Comparer).ToList();
        var listedAsAllowed = KnownViolations.Edges.Keys.Where(IntendedDependencies.Allows).ToList();

        Assert.True(added.Count == 0, "New dependencies against the intended direction (move the code, or change the rules with a reason):\n"
            + string.Join('\n', added.Select(edge => $"  {edge}: {string.Join("; ", Graph.Edges[edge])}")));
        Assert.True(fixedOnes.Count == 0, "Listed as known but gone: remove them from KnownViolations so they cannot come back:\n"
            + string.Join('\n', fixedOnes.Select(edge => $"  {edge}")));
        Assert.Empty(listedAsAllowed);
    }

    [Fact]
    public void Cycles_TakeInNoFolderBeyondTheKnownOnes()
    {
        var cycles = FolderGraph.CyclesIn(Graph.Edges.Keys);
        foreach (var cycle in cycles)
        {
            output.WriteLine($"cycle of {cycle.Count} folders: {string.Join(", ", cycle)}");
        }

        var inCycles = cycles.SelectMany(cycle => cycle).ToHashSet();
        Assert.Empty(inCycles.Except(KnownViolations.FoldersInCycles));
        Assert.Empty(KnownViolations.FoldersInCycles.Except(inCycles));
    }

    private static readonly Comparer<FolderEdge> Comparer = Comparer<FolderEdge>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
}
