using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Ai.Assistant;
using Workflows.Blazor.Components.Assistant;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Ai.Assistant;

public sealed class AssistantChatNoProviderTests : ComponentTest
{
    private readonly AppFactory _app = new();

    public AssistantChatNoProviderTests()
    {
        Services.AddSingleton(_app.Services.GetRequiredService<WorkflowAssistant>());
        Services.AddSingleton(_app.Services.GetRequiredService<LlmClientSource>());
    }

    [Fact]
    public void AssistantChat_SaysHowToConfigureAProvider_BeforeAnythingIsAsked()
    {
        var cut = Render<AssistantChat>();

        cut.WaitForAssertion(() => Assert.Contains("Settings → AI", cut.Find("[data-testid=assistant-provider-missing]").TextContent));
        Assert.Equal(AssistantChat.Examples.Count, cut.FindAll("[data-testid=assistant-example]").Count);
        Assert.Empty(cut.FindAll("[data-testid=assistant-proposal]"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _app.Dispose();
        }
    }
}
