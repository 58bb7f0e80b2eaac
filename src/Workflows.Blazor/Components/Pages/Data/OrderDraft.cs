using Workflows.Blazor.Actions.Orders;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Components.Pages.Data;

/// <summary>
/// The order a person is entering on the Data page: the customer, the products and how many of each, a note, the total
/// as the store prices it, and in plain words what still stops it from being placed.
/// </summary>
public sealed class OrderDraft
{
    public CustomerRow? Customer { get; set; }

    public List<OrderDraftLine> Lines { get; } = [new()];

    public string? Note { get; set; }

    public double Total => Math.Round(Lines.Sum(line => line.Total), 2);

    public string? CustomerProblem => Customer is null ? "Choose the customer who ordered." : null;

    public string? NoteProblem => Note?.Trim().Length > OrderCommands.MaxNoteLength ? $"Keep the note to {OrderCommands.MaxNoteLength} characters or fewer." : null;

    /// <summary>The products and quantities to order, once <see cref="Problems"/> is empty.</summary>
    public IEnumerable<(string ProductId, int Quantity)> Items => Lines.Select(line => (line.Product!.Id, line.Quantity!.Value));

    public void AddLine() => Lines.Add(new OrderDraftLine());

    public string? ProductProblem(OrderDraftLine line)
    {
        if (line.Product is not { } product)
        {
            return "Choose a product, or remove this line.";
        }
        var first = Lines.FindIndex(other => other.Product?.Id == product.Id);
        return Lines[first] == line ? null : $"{product.Name} is already on line {first + 1}: change the quantity there.";
    }

    public static string? QuantityProblem(OrderDraftLine line) =>
        line.HasValidQuantity ? null : $"The quantity is {OrderCommands.QuantityRule}.";

    /// <summary>Everything that stops the order, in the order of the form; empty when it can be placed.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            List<string?> problems = [CustomerProblem];
            var anyProduct = Lines.Any(line => line.Product is not null);
            if (!anyProduct)
            {
                problems.Add("Add at least one product.");
            }
            for (var index = 0; index < Lines.Count; index++)
            {
                problems.Add(anyProduct && ProductProblem(Lines[index]) is { } product ? $"Line {index + 1}: {product}" : null);
                problems.Add(QuantityProblem(Lines[index]) is { } quantity ? $"Line {index + 1}: {quantity}" : null);
            }
            problems.Add(NoteProblem);
            return [.. problems.OfType<string>()];
        }
    }
}
