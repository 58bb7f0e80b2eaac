namespace Workflows.Blazor.Data.Entities;

/// <summary>A file kept on disk under the data folder; this row is its metadata.</summary>
public sealed class DocumentEntity : IKeyedRecord
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

    /// <summary>The key of the step that created it; none when people or the demo data made it.</summary>
    public string? IdempotencyKey { get; set; }
}
