namespace Workflows.Blazor.Data.Entities;

public sealed class OrderItemEntity
{
    public long Id { get; set; }

    public required string OrderId { get; set; }

    public required string ProductId { get; set; }

    public required string ProductName { get; set; }

    public int Quantity { get; set; }

    public double UnitPrice { get; set; }
}
