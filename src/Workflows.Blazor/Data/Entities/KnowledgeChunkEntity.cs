namespace Workflows.Blazor.Data.Entities;

/// <summary>A passage of the knowledge base; its text is indexed with SQLite FTS5 for ranked search.</summary>
public sealed class KnowledgeChunkEntity
{
    public long Id { get; set; }

    /// <summary>The document this passage came from, or a text source's own id.</summary>
    public required string SourceId { get; set; }

    public required string Title { get; set; }

    public int ChunkIndex { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
