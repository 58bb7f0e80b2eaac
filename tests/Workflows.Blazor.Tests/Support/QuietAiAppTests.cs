namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// Tests of a class that share one <see cref="AiApp"/>: each starts once the app is quiet (<see cref="AiApp.QuietAsync"/>),
/// so an earlier test's journey run cannot take the replies it scripts.
/// </summary>
public abstract class QuietAiAppTests : IClassFixture<AiApp>, IAsyncLifetime
{
    protected abstract AiApp App { get; }

    public Task InitializeAsync() => App.QuietAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
