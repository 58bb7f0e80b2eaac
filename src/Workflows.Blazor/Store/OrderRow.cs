namespace Workflows.Blazor.Store;

/// <summary>An order with what was ordered, priced as it was when placed.</summary>
public sealed record OrderRow(string Id, string CustomerId, string CustomerName, DateTimeOffset PlacedAt, double Total, string Status, IReadOnlyList<OrderLineRow> Lines, string? Note);
