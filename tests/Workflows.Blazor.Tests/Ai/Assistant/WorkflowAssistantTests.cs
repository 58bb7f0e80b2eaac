using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Ai.Assistant;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Ai.Assistant;

/// <summary>The assistant end to end: the real provider stack against the fake OpenAI-compatible server.</summary>
public sealed class WorkflowAssistantTests(AiApp app) : IClassFixture<AiApp>
{
    private WorkflowAssistant Assistant => app.Factory.Services.GetRequiredService<WorkflowAssistant>();

    [Fact]
    public async Task Propose_RepairsAnInvalidFirstAnswer_IntoAValidWorkflow()
    {
        app.Server.Script(FakeReply.Say(AssistantAnswers.WithInventedAction), FakeReply.Say(AssistantAnswers.Welcome));

        var proposal = await Assistant.ProposeAsync("Create a workflow that sends a welcome email to new customers");

        Assert.True(proposal.IsValid, proposal.Problem);
        Assert.Equal(2, proposal.Attempts.Count);
        Assert.Equal(["start", "get_customer", "send_email"], proposal.Definition!.Steps.Select(s => s.Slug));
        var requests = app.Server.Requests.ToList();
        Assert.Equal("json_schema", requests[0]["response_format"]!["type"]!.GetValue<string>());
        Assert.Equal("workflow", requests[0]["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        var repair = requests[1]["messages"]!.AsArray()[^1]!;
        Assert.Equal("user", repair["role"]!.GetValue<string>());
        Assert.Contains(FindingCodes.UnknownActionType, repair["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Propose_AsksForADescription_WhenTheRequestIsEmpty()
    {
        app.Server.Script();

        var proposal = await Assistant.ProposeAsync("   ");

        Assert.Contains("Describe the workflow", proposal.Problem);
        Assert.Empty(app.Server.Requests);
    }
}
