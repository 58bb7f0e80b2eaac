namespace Workflows.Blazor.Store;

/// <summary>A stored document: its file name, type, size and where it came from.</summary>
public sealed record DocumentRow(string Id, string Name, string ContentType, long SizeBytes, string? SourceProvider, DateTimeOffset CreatedAt);
