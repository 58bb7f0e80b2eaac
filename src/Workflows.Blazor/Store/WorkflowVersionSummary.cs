namespace Workflows.Blazor.Store;

/// <summary>One published version in a workflow's history: when, and by whom when known.</summary>
public sealed record WorkflowVersionSummary(int Version, DateTimeOffset PublishedAt, string? PublishedBy);
