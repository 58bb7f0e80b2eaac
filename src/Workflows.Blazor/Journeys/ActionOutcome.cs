using System.Text.Json.Nodes;

namespace Workflows.Blazor.Journeys;

/// <summary>What an action did for a journey: the parameters it ran with (templates filled in), its output, or the error it failed with.</summary>
public sealed record ActionOutcome(JsonObject Parameters, JsonNode? Output, string? Error);
