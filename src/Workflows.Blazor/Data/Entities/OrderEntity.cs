namespace Workflows.Blazor.Data.Entities;

public sealed class OrderEntity : IKeyedRecord
{
    public required string Id { get; set; }

    public required string CustomerId { get; set; }

    public double Total { get; set; }

    /// <summary>placed, shipped, delivered, returned or cancelled.</summary>
    public required string Status { get; set; }

    public DateTimeOffset PlacedAt { get; set; }

    public List<OrderItemEntity> Items { get; set; } = [];

    /// <summary>The key of the step that created it; none when people or the demo data made it.</summary>
    public string? IdempotencyKey { get; set; }
}
