using Workflows.Engine.Editing;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Model;

/// <summary>
/// One way a trigger starts a workflow (its <c>config.type</c>), in one place: how the form names it, the fields it
/// adds, its summary, its checks, what the assistant is told, what the run's input is, and what it listens on once
/// the workflow is active. The trigger step, the editor and activation read it; none switches on the kind's name.
/// </summary>
public sealed record TriggerKind(string Name, string Label)
{
    /// <summary>The fields it adds to the trigger's form, after the choice of how it starts.</summary>
    public IReadOnlyList<ConfigField> Fields { get; init; } = [];

    /// <summary>The one line that says when the workflow starts.</summary>
    public required Func<StepDefinition, string> Summary { get; init; }

    /// <summary>Checks of the config only this kind needs (a webhook's path, an event's type).</summary>
    public Func<StepDefinition, ValidationContext, IEnumerable<ValidationFinding>> Check { get; init; } = (_, _) => [];

    /// <summary>What the assistant is told this kind adds to the config, e.g. <c>schedule adds "cron"</c>; null when it adds nothing.</summary>
    public string? PromptConfig { get; init; }

    /// <summary>True when the run's input is what the trigger asks for itself (a run started by hand).</summary>
    public bool AsksForInput { get; init; }

    /// <summary>What sends the run's input ("call", "event"), whose pasted sample gives its fields; null when nothing is sent.</summary>
    public string? Receives { get; init; }

    /// <summary>What an active workflow's trigger of this kind is registered on.</summary>
    public TriggerListener Listens { get; init; } = TriggerListener.Nothing;
}
