using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>
/// An action the model wants to run later: at a moment (<see cref="At"/>) or after a delay (<see cref="After"/>, e.g. "3 days"),
/// and again as <see cref="Repeat"/> says when it repeats.
/// </summary>
public sealed record ScheduleRequest(string Action, JsonObject Parameters, DateTimeOffset? At, string? After, string Reason)
{
    public Repeat? Repeat { get; init; }
}
