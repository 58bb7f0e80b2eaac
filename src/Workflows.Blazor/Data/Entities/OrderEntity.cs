namespace Workflows.Blazor.Data.Entities;

public sealed class OrderEntity : IKeyedRecord
{
    public required string Id { get; set; }

    public required string CustomerId { get; set; }

    public double Total { get; set; }

    /// <summary>placed, shipped, delivered, returned or cancelled.</summary>
    public required string Status { get; set; }

    public DateTimeOffset PlacedAt { get; set; }

    /// <summary>What the person who placed it noted, e.g. gift wrap; none for most orders.</summary>
    public string? Note { get; set; }

    public List<OrderItemEntity> Items { get; set; } = [];

    /// <summary>The key of the step or the order form that created it; none for the demo data.</summary>
    public string? IdempotencyKey { get; set; }
}
