// xunit starts only as many collections at once as it has threads, two on a 2-core machine: the third group then waited
// for one of the others to end. The tests spend most of their time awaiting the browser, so three threads cost nothing.
[assembly: CollectionBehavior(MaxParallelThreads = 3)]

namespace Workflows.Browser.Tests.Support;

/// <summary>
/// The page tests share one app and one Chromium. The editor's and the shell's tests have their own pair
/// (<see cref="EditorBrowserCollection"/>, <see cref="ShellBrowserCollection"/>), so the three groups run side by side.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
