using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Ai.Assistant;
using Workflows.Blazor.Components.Assistant;
using Workflows.Blazor.Components.Pages;
using Workflows.Blazor.Store;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Tests.Ai.Assistant;

/// <summary>The assistant page and its chat, on the app's real services and the fake OpenAI-compatible server.</summary>
public sealed class AssistantPageTests : ComponentTest, IClassFixture<AiApp>
{
    private readonly AiApp _ai;

    public AssistantPageTests(AiApp ai)
    {
        _ai = ai;
        Services.AddSingleton(ai.Factory.Services.GetRequiredService<WorkflowAssistant>());
        Services.AddSingleton(ai.Factory.Services.GetRequiredService<LlmClientSource>());
        Services.AddSingleton(ai.Factory.Services.GetRequiredService<WorkflowStore>());
        Services.AddSingleton(ai.Factory.Services.GetRequiredService<WorkflowCommands>());
        Services.AddSingleton(ai.Factory.Services.GetRequiredService<ActionCatalog>());
    }

    [Fact]
    public async Task AssistantPage_ShowsTheRepairedProposal_AndSavesItAsANewWorkflow()
    {
        _ai.Server.Script(FakeReply.Say(AssistantAnswers.WithInventedAction), FakeReply.Say(AssistantAnswers.Welcome));
        var cut = Render<AssistantPage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=assistant-example]")));
        await cut.InvokeAsync(() => cut.Find("[data-testid=assistant-example]").Click());

        cut.WaitForAssertion(() => Assert.Contains("It validates", cut.Find("[data-testid=assistant-verdict]").TextContent));
        Assert.Contains("Send a welcome email to new customers", cut.Find("[data-testid=assistant-request]").TextContent);
        Assert.Contains("2 attempts", cut.Find("[data-testid=assistant-proposal]").TextContent);
        Assert.Contains("customer_get", cut.Find("[data-testid=assistant-steps]").TextContent);
        Assert.Contains("flowchart TD", cut.Find("[data-testid=assistant-mermaid]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=assistant-thinking]"));

        await cut.InvokeAsync(() => cut.Find("[data-testid=assistant-accept]").Click());

        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Matches("/workflows/[0-9a-z]+$", navigation.Uri));
        var id = navigation.Uri.Split('/')[^1];
        var saved = await _ai.Factory.Services.GetRequiredService<WorkflowStore>().GetDraftAsync(id);
        Assert.Equal("Welcome Email", saved.Name);
    }

    [Fact]
    public void AssistantChat_ShowsProgress_WhileTheModelIsThinking()
    {
        _ai.Server.Script(FakeReply.Say(AssistantAnswers.Welcome));
        var thinking = new TaskCompletionSource();
        _ai.Server.Gate = thinking;
        try
        {
            var cut = Render<AssistantChat>();
            cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=assistant-example]")));

            cut.Find("[data-testid=assistant-example]").Click();

            cut.WaitForAssertion(() => Assert.Contains("Writing the workflow", cut.Find("[data-testid=assistant-thinking]").TextContent));
            Assert.True(cut.Find("[data-testid=assistant-send]").HasAttribute("disabled"));
            thinking.SetResult();
            cut.WaitForAssertion(() => Assert.Contains("It validates", cut.Find("[data-testid=assistant-verdict]").TextContent));
            Assert.Empty(cut.FindAll("[data-testid=assistant-thinking]"));
        }
        finally
        {
            thinking.TrySetResult();
            _ai.Server.Gate = null;
        }
    }

    [Fact]
    public void AssistantChat_ChangesTheCurrentWorkflow_AndHandsTheAcceptedOneBack()
    {
        var current = WorkflowJson.Parse(AssistantAnswers.Welcome);
        _ai.Server.Script(FakeReply.Say(AssistantAnswers.Welcome.Replace("Welcome Email", "Welcome Email with review", StringComparison.Ordinal)));
        WorkflowDefinition? accepted = null;
        var cut = Render<AssistantChat>(p => p.Add(c => c.Current, current).Add(c => c.AcceptLabel, "Apply to canvas")
            .Add(c => c.OnProposalAccepted, definition => accepted = definition));

        Assert.Contains("Ask for a change to Welcome Email", cut.Markup);
        cut.Find("[data-testid=assistant-input]").Input("Add an approval step before the email is sent");
        cut.Find("[data-testid=assistant-send]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Apply to canvas", cut.Find("[data-testid=assistant-accept]").TextContent));
        Assert.Contains("\"stepSlug\": \"send_email\"", _ai.Server.Requests.Single()["messages"]![1]!["content"]!.GetValue<string>());
        cut.Find("[data-testid=assistant-accept]").Click();
        cut.WaitForAssertion(() => Assert.Equal("Welcome Email with review", accepted?.Name));
    }
}
