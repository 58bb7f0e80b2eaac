using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Components.Pages.Settings;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Ai;

/// <summary>The Settings page's AI panel against the fake OpenAI-compatible server: saved values apply, the key never comes back.</summary>
public sealed class AiPanelTests : ComponentTest
{
    private readonly AppFactory _app = new();
    private readonly FakeOpenAiServer _server = new();

    public AiPanelTests()
    {
        Services.AddSingleton(_app.Services.GetRequiredService<AiSettings>());
        Services.AddSingleton(_app.Services.GetRequiredService<ConnectionTester>());
        Services.AddSingleton(_app.Services.GetRequiredService<AuditLog>());
    }

    [Fact]
    public async Task AiPanel_TestsTheConnection_WithTheSavedSettings_AndNeverShowsTheKey()
    {
        var cut = Render<AiPanel>();
        cut.Find("input[data-testid=ai-endpoint]").Change(_server.Endpoint);
        cut.Find("input[data-testid=ai-model]").Change(FakeOpenAiServer.Model);
        cut.Find("input[data-testid=ai-key]").Change("sk-very-secret");

        await cut.InvokeAsync(() => cut.Find("[data-testid=test-ai]").Click());

        cut.WaitForAssertion(() => Assert.Contains($"Connected: {FakeOpenAiServer.Model} answered in", cut.Find("[data-testid=ai-test-result]").TextContent));
        Assert.Equal("Bearer sk-very-secret", _server.Headers.Single()["Authorization"]);
        Assert.DoesNotContain("sk-very-secret", cut.Markup);
        Assert.Contains("Set; leave empty to keep it.", cut.Markup);
        var effective = await _app.Services.GetRequiredService<AiSettings>().GetEffectiveAsync();
        Assert.Equal((_server.Endpoint, FakeOpenAiServer.Model, "sk-very-secret"), (effective.Endpoint, effective.Model, effective.ApiKey));
    }

    [Fact]
    public async Task AiPanel_SaysNothingAnswers_WhenTheServerIsDown()
    {
        var endpoint = $"http://127.0.0.1:{LoopbackPort.Free()}/v1";
        var cut = Render<AiPanel>();
        cut.Find("input[data-testid=ai-endpoint]").Change(endpoint);
        cut.Find("input[data-testid=ai-model]").Change("llama3.1");

        await cut.InvokeAsync(() => cut.Find("[data-testid=test-ai]").Click());

        cut.WaitForAssertion(() => Assert.Contains($"nothing answers at {endpoint}", cut.Find("[data-testid=ai-test-result]").TextContent),
            TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void AiPanel_SaysWhatIsMissing_WhenNoModelIsSet()
    {
        var cut = Render<AiPanel>();
        cut.Find("input[data-testid=ai-endpoint]").Change(_server.Endpoint);

        cut.Find("[data-testid=test-ai]").Click();

        cut.WaitForAssertion(() => Assert.Contains("has no model", cut.Find("[data-testid=ai-test-result]").TextContent));
        Assert.Empty(_server.Requests);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _app.Dispose();
            _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
