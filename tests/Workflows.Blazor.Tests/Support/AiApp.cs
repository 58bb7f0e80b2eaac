namespace Workflows.Blazor.Tests.Support;

/// <summary>The demo store app with its AI provider set to a <see cref="FakeOpenAiServer"/>, as a self-hoster sets Ollama.</summary>
public sealed class AiApp : IAsyncLifetime
{
    internal FakeOpenAiServer Server { get; } = new();

    public AppFactory Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Factory = new AppFactory().WithDemoData()
            .WithSetting("AI:Endpoint", Server.Endpoint)
            .WithSetting("AI:Model", FakeOpenAiServer.Model)
            .WithSetting("AI:ApiKey", "local-key");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Factory.Dispose();
        await Server.DisposeAsync();
    }
}
