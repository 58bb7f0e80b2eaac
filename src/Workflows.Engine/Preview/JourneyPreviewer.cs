using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;
using Workflows.Engine.Journeys.Evals;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Preview;

/// <summary>
/// Previews a journey for contacts on a virtual clock: the <see cref="JourneySimulator"/> plays the scenario's events and
/// asks the journey's decider, the journey's own <see cref="DecisionValidator"/> enforces its guardrails (caps, quiet hours,
/// approvals), and each action it lets through is rendered by the <see cref="WorkflowPreviewer"/> as "would do", never done.
/// </summary>
public sealed class JourneyPreviewer(WorkflowPreviewer workflows, ActionCatalog actions)
{
    private readonly Func<string, ActionDeclaration?> _declarations = WorkflowCall.Including(actions.FindDeclaration);

    /// <summary>
    /// The contact's timeline; <paramref name="contact"/>'s input is the contact as the decider and the actions' templates see
    /// them (<c>{{input.contact}}</c>), <paramref name="decide"/> the journey's decision path for them.
    /// </summary>
    public async Task<ContactTimeline> PreviewAsync(
        JourneyDefinition journey, PreviewContact contact, PreviewPlan plan,
        Func<JourneyDefinition, JourneyLog, DateTimeOffset, CancellationToken, Task<SimulatedDecision>> decide, CancellationToken cancellationToken = default)
    {
        var simulator = new JourneySimulator(new DecisionValidator(_declarations));
        var log = await simulator.RunAsync(ScenarioOf(journey, plan), decide, cancellationToken, plan.Start);
        var input = new JsonObject { ["contact"] = contact.Input?.DeepClone(), ["context"] = journey.StartingContext.DeepClone() };
        var writer = new JourneyTimelineWriter(journey, plan, Label, (action, parameters, ct) => RenderAsync(contact.Id, input, action, parameters, plan, ct));
        return new ContactTimeline(contact.Id, await writer.WriteAsync(log, cancellationToken), log.IsFinished ? PreviewOutcome.Completed : PreviewOutcome.Waiting);
    }

    /// <summary>The summary over the contacts, with how the journey's quiet hours and caps acted.</summary>
    public PreviewSummary Summarise(JourneyDefinition journey, IReadOnlyList<ContactTimeline> timelines) => PreviewSummary.Of(timelines) with
    {
        QuietHours = journey.Actions.Any(a => a.Guardrails.QuietHours is not null)
            ? timelines.Count(t => t.Entries.Any(e => e.Kind == PreviewEntryKind.Deferred))
            : null,
        Caps = [.. journey.Actions.Where(a => a.Guardrails.MaxPerContact is not null).Select(a => Cap(a.Action, a.Guardrails.MaxPerContact!.Value, timelines))],
    };

    private PreviewCap Cap(string action, int max, IReadOnlyList<ContactTimeline> timelines) => new(
        action, Label(action), max,
        timelines.Count(t => t.Entries.Count(e => e.Kind == PreviewEntryKind.WouldDo && e.StepSlug == action) > max),
        timelines.Count(t => t.Entries.Any(e => e.Kind == PreviewEntryKind.Capped && e.StepSlug == action)));

    private string Label(string action) => _declarations(action)?.Label ?? Labels.Humanize(action);

    /// <summary>The journey's enrolment now, then the scenario's events on their days; reviewers decide as the scenario says.</summary>
    private static EvalScenario ScenarioOf(JourneyDefinition journey, PreviewPlan plan) =>
        new(journey.Name, journey.Policy, journey.Actions,
            [new ScenarioStep("0 days", ContextEntryKinds.Input), .. plan.Scenario.Events.Select(e => new ScenarioStep($"{e.Day} days", ContextEntryKinds.Event) { Type = e.Type })],
            [])
        {
            StartingContext = journey.StartingContext,
            Duration = $"{plan.Days} days",
            Approvals = new ScenarioApprovals(
                plan.Scenario.Approval == ApprovalChoice.Approved ? ScenarioApprovals.Approved : ScenarioApprovals.Rejected, new Dictionary<string, string>()),
        };

    /// <summary>The action as a one-step workflow previewed for the contact: its parameters rendered and checked, its effect described, not done.</summary>
    private async Task<PreviewEntry> RenderAsync(string contactId, JsonObject input, string action, JsonObject parameters, PreviewPlan plan, CancellationToken cancellationToken)
    {
        if (WorkflowCall.WorkflowIdOf(action) is { } workflowId)
        {
            return new PreviewEntry(plan.Start, 0, action, action, PreviewEntryKind.WouldDo, $"Would start the workflow {workflowId} for the contact.")
            {
                Effect = Effect.WritesData,
                Input = parameters,
            };
        }
        var step = new StepDefinition("act", StepTypes.Action, new JsonObject { ["type"] = action, ["parameters"] = parameters.DeepClone() },
            new Dictionary<string, string> { [Ports.Error] = "end" });
        var timeline = await workflows.PreviewAsync(new WorkflowDefinition($"journey action {action}", [step]), new PreviewContact(contactId, input), plan, cancellationToken);
        return timeline.Entries[0];
    }
}
