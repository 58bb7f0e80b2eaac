using System.Text.Json.Nodes;

namespace Workflows.Engine.Journeys;

/// <summary>An accepted scheduled action: what, with which parameters (defaults merged), when it is due, and why.</summary>
public sealed record PlannedAction(string Action, JsonObject Parameters, DateTimeOffset DueAt, string Reason);
