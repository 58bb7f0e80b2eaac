using System.Text.Json.Nodes;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// One action a journey runs for a contact: <paramref name="Key"/> is stable for the action (its idempotency key),
/// <paramref name="Input"/> is what templates see as <c>{{input.contact}}</c> and <c>{{input.context}}</c>.
/// </summary>
public sealed record JourneyActionRequest(string RunId, string Key, string Action, JsonObject Parameters, string ContactId, JsonObject Input);
