using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys.Evals;

/// <summary>
/// Something that happens to the contact at <see cref="At"/> after the scenario starts (a delay such as "3 days"):
/// the enrolment <c>input</c>, <c>add_context</c>, or an <c>event</c> of <see cref="Type"/> (email.opened, order.placed, ...).
/// </summary>
public sealed record ScenarioStep(string At, string Kind)
{
    public string? Type { get; init; }

    public JsonNode? Data { get; init; }
}
