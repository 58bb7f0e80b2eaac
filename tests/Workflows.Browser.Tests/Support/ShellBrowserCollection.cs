namespace Workflows.Browser.Tests.Support;

/// <summary>The shell's, account and settings tests: one app and one Chromium of their own, run beside the other groups.</summary>
[CollectionDefinition(Name)]
public sealed class ShellBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-shell";
}
