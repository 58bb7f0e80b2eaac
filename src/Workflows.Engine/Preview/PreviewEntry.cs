using System.Text.Json.Nodes;
using Workflows.Engine.Model;

namespace Workflows.Engine.Preview;

/// <summary>
/// One line of a contact's timeline: when (on the virtual clock, and as the day of the preview, 0 being the start), which
/// step, and what it did or would do, in words (<see cref="Summary"/>) and as data (the step's rendered input and output).
/// </summary>
public sealed record PreviewEntry(DateTimeOffset At, int Day, string StepSlug, string StepName, PreviewEntryKind Kind, string Summary)
{
    /// <summary>What the step does beyond the run; <see cref="Effect.None"/> for waits and the end.</summary>
    public Effect Effect { get; init; }

    /// <summary>The port the step took, e.g. <c>true</c> for a condition, <c>timeout</c> for a wait that timed out.</summary>
    public string? Port { get; init; }

    /// <summary>The step's input after templating: for a message, its rendered subject and body.</summary>
    public JsonNode? Input { get; init; }

    public JsonNode? Output { get; init; }
}
