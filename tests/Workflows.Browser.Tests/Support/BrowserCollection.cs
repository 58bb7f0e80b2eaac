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
