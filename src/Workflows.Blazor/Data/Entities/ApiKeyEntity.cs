namespace Workflows.Blazor.Data.Entities;

/// <summary>An API key: only its SHA-256 hash is stored; the prefix helps people tell keys apart.</summary>
public sealed class ApiKeyEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
