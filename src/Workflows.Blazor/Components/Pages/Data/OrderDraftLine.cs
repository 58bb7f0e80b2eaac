using Workflows.Blazor.Actions.Orders;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Components.Pages.Data;

/// <summary>One line of an order being entered: a product of the store and how many.</summary>
public sealed class OrderDraftLine
{
    public ProductRow? Product { get; set; }

    public int? Quantity { get; set; } = 1;

    public bool HasValidQuantity => Quantity is >= 1 and <= OrderCommands.MaxQuantity;

    /// <summary>The product's price times the quantity; nothing until both are given.</summary>
    public double Total => Product is { } product && HasValidQuantity ? product.Price * Quantity!.Value : 0;
}
