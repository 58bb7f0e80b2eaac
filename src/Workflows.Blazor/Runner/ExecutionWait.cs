using System.Text.Json.Nodes;

namespace Workflows.Blazor.Runner;

/// <summary>
/// One wait of a run: for an event, a time or a decision. <see cref="EndedAt"/> and <see cref="Payload"/>
/// say when and with what it ended (the event that arrived, or the timeout).
/// </summary>
public sealed record ExecutionWait(
    string StepSlug,
    string Kind,
    string? EventType,
    string Status,
    DateTimeOffset Since,
    DateTimeOffset? DueAt,
    DateTimeOffset? EndedAt,
    JsonNode? Payload);
