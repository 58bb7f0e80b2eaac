namespace Workflows.Browser.Tests.Support;

/// <summary>The editor's tests: one app and one Chromium of their own, run beside the other groups.</summary>
[CollectionDefinition(Name)]
public sealed class EditorBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-editor";
}
