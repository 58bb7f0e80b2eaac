namespace Workflows.Blazor.Data.Entities;

/// <summary>One saved, immutable journey definition (JSON).</summary>
public sealed class JourneyVersionEntity
{
    public long Id { get; set; }

    public required string JourneyId { get; set; }

    public int Version { get; set; }

    public required string DefinitionJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}
