namespace Workflows.Blazor.Data.Entities;

public sealed class ProductEntity : IKeyedRecord
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public required string Category { get; set; }

    public double Price { get; set; }

    public int Stock { get; set; }

    /// <summary>active, draft or archived.</summary>
    public required string Status { get; set; }

    public string CustomFieldsJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The key of the step that created it; none when people or the demo data made it.</summary>
    public string? IdempotencyKey { get; set; }
}
