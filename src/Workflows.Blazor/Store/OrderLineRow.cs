namespace Workflows.Blazor.Store;

/// <summary>One line of an order: the product, how many and the unit price it was sold at.</summary>
public sealed record OrderLineRow(string ProductId, string ProductName, int Quantity, double UnitPrice);
