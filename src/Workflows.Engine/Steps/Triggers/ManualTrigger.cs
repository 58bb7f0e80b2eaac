using Workflows.Engine.Model;

namespace Workflows.Engine.Steps.Triggers;

/// <summary>Started by hand, or through the API, with the input fields the trigger asks for.</summary>
public static class ManualTrigger
{
    public static TriggerKind Kind { get; } = new(TriggerTypes.Manual, "By hand")
    {
        Summary = _ => "Started by hand",
        AsksForInput = true,
    };
}
