using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Ai.Assistant;

/// <summary>
/// Builds or edits a workflow from a request in plain words, with the configured AI provider. The proposal always
/// comes with the validator's report; nothing is saved here. With no provider configured it says how to set one.
/// </summary>
public sealed class WorkflowAssistant(LlmClientSource clients, AssistantPrompt prompt, WorkflowValidator validator)
{
    /// <summary>
    /// Asks for the workflow the <paramref name="request"/> describes, or for <paramref name="current"/> changed as asked;
    /// <paramref name="progress"/> hears of every answer of the model as it comes.
    /// </summary>
    public async Task<AssistantProposal> ProposeAsync(
        string request, WorkflowDefinition? current = null, IProgress<AssistantAttempt>? progress = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request))
        {
            return AssistantProposal.Failed("Describe the workflow you want, e.g. \"Send a welcome email to new customers\".");
        }
        var provider = await clients.GetAsync(cancellationToken);
        if (provider.Problem is { } problem)
        {
            return AssistantProposal.Failed(problem);
        }
        try
        {
            return await new WorkflowDrafter(provider.Client!, prompt, validator).DraftAsync(request.Trim(), current, progress, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return AssistantProposal.Failed(provider.Describe(ex));
        }
    }
}
