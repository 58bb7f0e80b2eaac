using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Ai.Assistant;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Ai.Assistant;

/// <summary>Which provider the assistant uses: none says how to set one; the Settings page's values apply without a restart.</summary>
public sealed class AssistantProviderTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private readonly FakeOpenAiServer _server = new();

    private WorkflowAssistant Assistant => _app.Services.GetRequiredService<WorkflowAssistant>();

    [Fact]
    public async Task Propose_SaysHowToConfigureAProvider_WhenNoneIsSet()
    {
        var proposal = await Assistant.ProposeAsync("Send a welcome email to new customers");

        Assert.Null(proposal.Definition);
        Assert.Contains("Settings → AI", proposal.Problem);
        Assert.Contains("ask one", proposal.Problem);
        Assert.DoesNotContain("AI:Endpoint", proposal.Problem);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Propose_UsesTheProviderSavedInSettings_WithoutARestart()
    {
        await Assistant.ProposeAsync("warm up without a provider");
        await _app.Services.GetRequiredService<AiSettings>()
            .SaveAsync(new AiProviderSettings { Endpoint = _server.Endpoint, Model = FakeOpenAiServer.Model }, "local-key", "admin@example.com");
        _server.Script(FakeReply.Say(AssistantAnswers.Welcome));

        var proposal = await Assistant.ProposeAsync("Send a welcome email to new customers");

        Assert.True(proposal.IsValid, proposal.Problem);
        Assert.Equal(FakeOpenAiServer.Model, _server.Requests.Single()["model"]!.GetValue<string>());
    }

    [Fact]
    public async Task Propose_ExplainsThatNothingAnswers_WhenTheServerIsDown()
    {
        var port = LoopbackPort.Free();
        await _app.Services.GetRequiredService<AiSettings>()
            .SaveAsync(new AiProviderSettings { Endpoint = $"http://127.0.0.1:{port}/v1", Model = "llama3.1" }, null, "admin@example.com");

        var proposal = await Assistant.ProposeAsync("Send a welcome email to new customers");

        Assert.True(proposal.Problem?.Contains($"nothing answers at http://127.0.0.1:{port}/v1") == true, proposal.Problem);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _app.Dispose();
        await _server.DisposeAsync();
    }
}
