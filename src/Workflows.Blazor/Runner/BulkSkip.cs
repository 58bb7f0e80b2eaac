namespace Workflows.Blazor.Runner;

/// <summary>A run a bulk action left alone: its status ("missing" when it no longer exists) and why.</summary>
public sealed record BulkSkip(string Id, string Status, string Reason);
