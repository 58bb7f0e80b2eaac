namespace Workflows.Blazor.Data.Entities;

public sealed class RecommendationEntity : IKeyedRecord
{
    public required string Id { get; set; }

    public required string CustomerId { get; set; }

    /// <summary>A JSON array: product ids, or product objects as an LLM step proposed them.</summary>
    public string ProductsJson { get; set; } = "[]";

    public string? Reason { get; set; }

    public string? ExecutionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The key of the step that created it; none when people or the demo data made it.</summary>
    public string? IdempotencyKey { get; set; }
}
