namespace Workflows.Blazor.Data.Entities;

public sealed class RecommendationEntity
{
    public required string Id { get; set; }

    public required string CustomerId { get; set; }

    /// <summary>A JSON array: product ids, or product objects as an LLM step proposed them.</summary>
    public string ProductsJson { get; set; } = "[]";

    public string? Reason { get; set; }

    public string? ExecutionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The key of the workflow step that created it, so a step run again returns this row rather than adding another.</summary>
    public string? IdempotencyKey { get; set; }
}
