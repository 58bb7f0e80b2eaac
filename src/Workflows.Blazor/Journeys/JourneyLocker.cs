using System.Text;
using Workflows.Blazor.Ai.Assistant;
using Workflows.Blazor.Store;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Locked mode: the assistant turns the policy into a workflow, a person reviews it on the canvas and
/// activates it, and from then on contacts run through that graph with no model deciding.
/// </summary>
public sealed class JourneyLocker(JourneyStore journeys, WorkflowAssistant assistant, WorkflowCommands workflows)
{
    /// <summary>Makes the workflow from the policy and locks the journey to it; returns the workflow's id for review.</summary>
    public async Task<string> LockAsync(string journeyId, string actor, CancellationToken cancellationToken = default)
    {
        var journey = await journeys.GetAsync(journeyId, cancellationToken);
        var proposal = await assistant.ProposeAsync(RequestFor(journey.Definition), cancellationToken: cancellationToken);
        if (proposal.Definition is not { } definition)
        {
            throw AppException.Invalid(proposal.Problem ?? "The model gave no workflow for this policy.");
        }
        var (workflowId, _) = await workflows.ImportAsync(definition with { Name = $"{journey.Definition.Name} (locked)" }, actor, cancellationToken);
        await journeys.SaveAsync(journeyId, journey.Definition with { Mode = JourneyMode.Locked, LockedWorkflowId = workflowId }, actor, cancellationToken);
        return workflowId;
    }

    private static string RequestFor(JourneyDefinition journey)
    {
        var request = new StringBuilder()
            .AppendLine("Turn this customer journey policy into a workflow that one contact goes through. The contact's id is {{input.customerId}}; the journey's starting context is {{input.context}}.")
            .AppendLine("Use wait steps for delays and wait-for-event steps (e.g. email.opened, order.placed) where the policy reacts to what the contact does.")
            .AppendLine($"Policy: {journey.Policy}")
            .AppendLine("Use only these actions:");
        foreach (var action in journey.Actions)
        {
            request.AppendLine($"- {action.Action}{(action.Guardrails.MaxPerContact is { } max ? $" (at most {max} times per contact)" : "")}");
        }
        return request.ToString();
    }
}
