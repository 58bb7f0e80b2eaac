using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>An action the model wants to run now.</summary>
public sealed record DecidedAction(string Action, JsonObject Parameters, string? Reason);
