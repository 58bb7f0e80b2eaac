using System.Text.Json.Nodes;

namespace Workflows.Blazor.Runner;

/// <summary>Corrected data for a failed run's retry: the trigger payload and/or the variables; null keeps what the run had.</summary>
public sealed record RetryChanges(JsonNode? Input, JsonObject? Variables);
