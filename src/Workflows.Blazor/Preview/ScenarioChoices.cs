using Workflows.Blazor.Store;
using Workflows.Engine.Experiments;
using Workflows.Engine.Journeys;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Preview;

/// <summary>What a preview's scenario asks the designer: the day each event happens, and whether reviewers approve.</summary>
/// <param name="Events">The events whose day the designer may choose, each "never" until a day is given.</param>
/// <param name="AsksApproval">Whether anything waits for a reviewer.</param>
public sealed record ScenarioChoices(IReadOnlyList<string> Events, bool AsksApproval)
{
    /// <summary>A workflow asks for the events its steps wait for, and for reviewers when a step has an approved path.</summary>
    public static ScenarioChoices Of(WorkflowDefinition workflow) => new(
        [.. workflow.Steps.Where(s => !StepTypes.StartsRun(s)).Select(s => s.ConfigString("event")).OfType<string>().Distinct()],
        workflow.Steps.Any(s => s.NextSteps.ContainsKey("approved")));

    /// <summary>
    /// A journey's model reacts to what comes into a contact's log, so the designer may place its goals' events and an
    /// order (what most policies react to: "if they buy, stop"); reviewers matter when an allowed action needs approval.
    /// </summary>
    public static ScenarioChoices Of(JourneyDefinition journey) => new(
        [.. ConversionGoals.Of(journey.Goals).Select(g => g.EventType).Where(e => e.Length > 0).Append(DomainEventNames.OrderPlaced).Distinct()],
        journey.Actions.Any(a => a.Guardrails.NeedsApproval));
}
