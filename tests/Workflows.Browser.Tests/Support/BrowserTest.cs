namespace Workflows.Browser.Tests.Support;

/// <summary>A test of a browser collection: the pages it opened close when it ends, whether it passed or not.</summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    protected BrowserFixture Fixture { get; } = fixture;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Fixture.ClosePagesAsync();
}
