using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("Workflows.Blazor.Tests.Support.LongRunningFirstOrderer", "Workflows.Blazor.Tests")]

namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// Starts the collections of <see cref="LongRunningAttribute"/> classes first, the rest after them in xunit's own order.
/// xunit's order is a hash of each collection's id, so a long class could start last and keep one core busy alone
/// while the other had nothing left to run.
/// </summary>
public sealed class LongRunningFirstOrderer : ITestCollectionOrderer
{
    /// <summary>What xunit names the collection it makes for a class of its own, before the class's full name.</summary>
    private const string ClassCollectionPrefix = "Test collection for ";

    private static readonly ITestCollectionOrderer XunitOrder = new DefaultTestCollectionOrderer();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        XunitOrder.OrderTestCollections(testCollections).OrderBy(collection => IsLongRunning(collection) ? 0 : 1);

    private static bool IsLongRunning(ITestCollection collection) =>
        collection.DisplayName.StartsWith(ClassCollectionPrefix, StringComparison.Ordinal)
        && typeof(LongRunningFirstOrderer).Assembly.GetType(collection.DisplayName[ClassCollectionPrefix.Length..])
            ?.GetCustomAttribute<LongRunningAttribute>() is not null;
}
