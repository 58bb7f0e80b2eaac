namespace Workflows.Blazor.Experiments;

/// <summary>A run an event converted, before it is recorded.</summary>
public sealed record ConversionCandidate(string WorkflowId, int Version, string ExecutionId, string Goal, string EventType, string? ContactId, DateTimeOffset RunStartedAt);
