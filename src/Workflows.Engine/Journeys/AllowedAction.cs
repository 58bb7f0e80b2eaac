using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>
/// An action the model may choose, with its guardrails. <see cref="Defaults"/> are parameters the model need not
/// give (e.g. <c>to</c> as <c>{{contact.email}}</c>); what the model gives wins.
/// </summary>
public sealed record AllowedAction(string Action)
{
    public ActionGuardrails Guardrails { get; init; } = new();

    public JsonObject? Defaults { get; init; }
}
