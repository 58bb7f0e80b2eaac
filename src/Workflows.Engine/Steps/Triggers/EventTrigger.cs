using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;
using Workflows.Engine.Validation.Rules;

namespace Workflows.Engine.Steps.Triggers;

/// <summary>Started by each app event of one type (customer.created, approval.decided); the event is the run's input.</summary>
public static class EventTrigger
{
    public static TriggerKind Kind { get; } = new(TriggerTypes.Event, "When an event happens")
    {
        Fields = [new("eventType", "Event", FieldKind.Text, "e.g. customer.created", Required: true)],
        Summary = step => $"On event {step.ConfigString("eventType") ?? "not chosen yet"}",
        PromptConfig = "event adds \"eventType\" (\"customer.created\")",
        Receives = "event",
        Listens = TriggerListener.Event,
        Check = (trigger, _) => trigger.ConfigString("eventType") is { Length: > 0 } ? []
            : [Finding.Error(FindingCodes.MissingConfig, trigger.Slug,
                "An event trigger needs the event type it listens to, e.g. \"customer.created\".", "config.eventType")],
    };
}
