using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Ai.Assistant;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Ai.Assistant;

/// <summary>The repair loop on an in-process model: read, validate, send the problems back, at most three times.</summary>
public sealed class WorkflowDrafterTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly AppFactory _app = shared.Factory;

    private WorkflowDrafter Drafter(ScriptedChatClient client) => new(client,
        _app.Services.GetRequiredService<AssistantPrompt>(), _app.Services.GetRequiredService<WorkflowValidator>());

    [Fact]
    public async Task Draft_ReturnsTheValidWorkflow_WhenTheFirstAnswerValidates()
    {
        var client = new ScriptedChatClient(AssistantAnswers.Welcome);

        var proposal = await Drafter(client).DraftAsync("Send a welcome email to new customers", null, null, CancellationToken.None);

        Assert.True(proposal.IsValid);
        Assert.Equal("Welcome Email", proposal.Definition!.Name);
        Assert.Single(proposal.Attempts);
        var format = Assert.IsType<ChatResponseFormatJson>(client.Requests[0].Options!.ResponseFormat);
        Assert.Equal("workflow", format.SchemaName);
        Assert.Contains("stepSlug", format.Schema!.Value.GetRawText());
        Assert.Equal("Send a welcome email to new customers", client.Requests[0].Messages[^1].Text);
    }

    [Fact]
    public async Task Draft_SendsTheUnknownActionFindingBack_AndReturnsTheRepairedWorkflow()
    {
        var client = new ScriptedChatClient(AssistantAnswers.WithInventedAction, AssistantAnswers.Welcome);
        var heard = new List<AssistantAttempt>();

        var proposal = await Drafter(client).DraftAsync("Welcome new customers", null, new SyncProgress(heard), CancellationToken.None);

        Assert.True(proposal.IsValid);
        Assert.Equal(2, proposal.Attempts.Count);
        Assert.Contains(proposal.Attempts[0].Problems, p => p.Contains(FindingCodes.UnknownActionType) && p.Contains("crm.magic_push"));
        var repair = client.Requests[1].Messages;
        Assert.Equal(ChatRole.Assistant, repair[^2].Role);
        Assert.Contains("crm.magic_push", repair[^1].Text);
        Assert.Equal([1, 2], heard.Select(a => a.Number));
    }

    [Fact]
    public async Task Draft_SendsParseErrorsBack_UntilTheAnswerIsAWorkflow()
    {
        var client = new ScriptedChatClient(AssistantAnswers.Prose, AssistantAnswers.NotAWorkflow, AssistantAnswers.Welcome);

        var proposal = await Drafter(client).DraftAsync("Welcome new customers", null, null, CancellationToken.None);

        Assert.True(proposal.IsValid);
        Assert.Contains("not valid JSON", proposal.Attempts[0].Problems.Single());
        Assert.Contains("$.steps", proposal.Attempts[1].Problems.Single());
        Assert.Contains("$.steps", client.Requests[2].Messages[^1].Text);
    }

    [Fact]
    public async Task Draft_StopsAfterThreeTries_AndKeepsTheLastWorkflowWithItsFindings()
    {
        var client = new ScriptedChatClient(AssistantAnswers.WithInventedAction, AssistantAnswers.WithInventedAction, AssistantAnswers.WithInventedAction);

        var proposal = await Drafter(client).DraftAsync("Welcome new customers", null, null, CancellationToken.None);

        Assert.False(proposal.IsValid);
        Assert.Equal(WorkflowDrafter.MaxAttempts, proposal.Attempts.Count);
        Assert.Equal(WorkflowDrafter.MaxAttempts, client.Requests.Count);
        Assert.Contains(proposal.Report!.Errors, f => f.Code == FindingCodes.UnknownActionType);
        Assert.Null(proposal.Problem);
    }

    [Fact]
    public async Task Draft_SaysNoWorkflowCameBack_WhenNoAnswerCouldBeRead()
    {
        var client = new ScriptedChatClient(AssistantAnswers.Prose, AssistantAnswers.Prose, AssistantAnswers.Prose);

        var proposal = await Drafter(client).DraftAsync("Welcome new customers", null, null, CancellationToken.None);

        Assert.Null(proposal.Definition);
        Assert.Contains("3 tries", proposal.Problem);
        Assert.Contains("not valid JSON", proposal.Problem);
    }

    [Fact]
    public async Task Draft_SendsTheCurrentWorkflow_WhenAskedToChangeIt()
    {
        var current = WorkflowJson.Parse(AssistantAnswers.Welcome);
        var client = new ScriptedChatClient(AssistantAnswers.Welcome);

        await Drafter(client).DraftAsync("Add an approval step before sending the email", current, null, CancellationToken.None);

        var asked = client.Requests[0].Messages[^1].Text;
        Assert.Contains("\"stepSlug\": \"send_email\"", asked);
        Assert.EndsWith("Add an approval step before sending the email", asked);
    }

    [Fact]
    public void Prompt_NamesEveryActionAndStepType_FromTheirDeclarations()
    {
        var prompt = _app.Services.GetRequiredService<AssistantPrompt>().System;
        var catalog = _app.Services.GetRequiredService<Workflows.Engine.Runtime.Actions.ActionCatalog>();

        Assert.All(catalog.Declarations, action => Assert.Contains($"- {action.Name}", prompt));
        Assert.All(StepTypes.All, type => Assert.Contains($"- {type.Name}: ", prompt));
        Assert.Contains("customer_get", prompt);
        Assert.DoesNotContain("crm.magic_push", prompt);
    }

    [Fact]
    public void Prompt_GivesEachStepTypesConfig_AsItsDeclarationStatesIt()
    {
        var prompt = _app.Services.GetRequiredService<AssistantPrompt>().System;

        Assert.All(StepTypes.All, type => Assert.Contains($"- {type.Name}: {type.PromptConfig}", prompt));
        Assert.Contains($"\"{WebhookPaths.Example}\"", prompt);
    }

    [Fact]
    public void Prompt_SaysWhereASplitsPortsComeFrom_InsteadOfAnEmptyPortList()
    {
        var prompt = _app.Services.GetRequiredService<AssistantPrompt>().System;

        Assert.DoesNotContain("Ports: .", prompt);
        Assert.Contains($"- {StepTypes.Split}: {StepTypes.Find(StepTypes.Split)!.Description} Ports: named in its config.", prompt);
        Assert.Contains("Its ports are the paths' names", prompt);
    }

    /// <summary>Collects reports at once (Progress&lt;T&gt; would post them later).</summary>
    private sealed class SyncProgress(List<AssistantAttempt> heard) : IProgress<AssistantAttempt>
    {
        public void Report(AssistantAttempt value) => heard.Add(value);
    }
}
