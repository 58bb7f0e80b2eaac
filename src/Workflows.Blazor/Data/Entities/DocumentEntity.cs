namespace Workflows.Blazor.Data.Entities;

/// <summary>A file kept on disk under the data folder; this row is its metadata.</summary>
public sealed class DocumentEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string ContentType { get; set; }

    /// <summary>Relative to the documents folder beside the database.</summary>
    public required string StoragePath { get; set; }

    public long SizeBytes { get; set; }

    public string? SourceProvider { get; set; }

    public string MetadataJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The key of the workflow step that created it, so a step run again returns this row rather than adding another.</summary>
    public string? IdempotencyKey { get; set; }
}
