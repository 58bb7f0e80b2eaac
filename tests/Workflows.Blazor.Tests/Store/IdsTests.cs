using Workflows.Blazor.Store;

namespace Workflows.Blazor.Tests.Store;

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
        var first = Ids.Short("jny");
        Thread.Sleep(2);
        var second = Ids.Short("jny");

        Assert.True(string.CompareOrdinal(first, second) < 0, $"{first} should sort before {second}");
    }
}
