using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>
/// An action the model may choose, with its guardrails. <see cref="Defaults"/> are parameters the model need not
/// give (e.g. <c>to</c> as <c>{{input.contact.email}}</c>); what the model gives wins. Their templates read the contact
/// (<c>input.contact</c>) and the journey's starting context (<c>input.context</c>), and are checked when the journey is saved.
/// </summary>
public sealed record AllowedAction(string Action)
{
    public ActionGuardrails Guardrails { get; init; } = new();

    public JsonObject? Defaults { get; init; }
}
