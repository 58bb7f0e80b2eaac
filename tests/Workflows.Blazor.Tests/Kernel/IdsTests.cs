using Workflows.Blazor.Kernel;

namespace Workflows.Blazor.Tests.Kernel;

public sealed class IdsTests
{
    [Fact]
    public void Short_StaysUnique_WhenManyAreMadeInTheSameMillisecond()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => Ids.Short("apr")).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^apr_[0-9a-f]{20}$", id));
    }

    [Fact]
    public void Short_SortsByCreationTime()
    {
        // Made until the clock has moved on at least twice, so ids of three different milliseconds are compared.
        var ids = new List<string> { Ids.Short("jny") };
        for (var milliseconds = 1; milliseconds < 3;)
        {
            ids.Add(Ids.Short("jny"));
            if (Millisecond(ids[^1]) != Millisecond(ids[^2]))
            {
                milliseconds++;
            }
        }

        var byMillisecond = ids.Select(Millisecond).ToList();
        Assert.Equal(byMillisecond.Order(StringComparer.Ordinal), byMillisecond);
        Assert.True(string.CompareOrdinal(ids[0], ids[^1]) < 0, $"{ids[0]} should sort before {ids[^1]}");
    }

    /// <summary>The part of the id that is the time it was made.</summary>
    private static string Millisecond(string id) => id[..16];
}
