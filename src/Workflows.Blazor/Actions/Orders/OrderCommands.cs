using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions.Orders;

/// <summary>
/// The only writer of orders: records an order for a customer from products of the store, priced as they are now,
/// and commits it with its <c>order.placed</c> event. Given the key of a step that placed an order already, it gives
/// that order instead of placing a second one.
/// </summary>
public sealed class OrderCommands(IDbContextFactory<AppDbContext> contexts, IDomainEvents events, TimeProvider time)
{
    /// <summary>The longest note an order may carry.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>The most of one product an order may carry on one line.</summary>
    public const int MaxQuantity = 10_000;

    /// <summary>What a quantity may be, in the words both the order form and a refused step use.</summary>
    public static readonly string QuantityRule = string.Create(CultureInfo.InvariantCulture, $"a whole number from 1 to {MaxQuantity:N0}");

    /// <summary>Only products on sale can be ordered: drafts are not yet, archived ones no longer.</summary>
    public const string OrderableStatus = "active";

    public Task<OrderEntity> PlaceAsync(string customerId, JsonArray items, string? note, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var lines = Lines(items);
        note = Note(note);
        return KeyedRecords.CreateOnceAsync(contexts, idempotencyKey, db => db.Orders.Include(o => o.Items), async db =>
        {
            await EntityLookup.RequireAsync(db.Customers, customerId, "customer", cancellationToken);
            var id = Ids.Short("ord");
            var order = new OrderEntity
            {
                Id = id, CustomerId = customerId, Status = "placed", PlacedAt = time.GetUtcNow(), Note = note,
                IdempotencyKey = idempotencyKey,
            };
            foreach (var (productId, quantity) in lines)
            {
                var product = await EntityLookup.RequireAsync(db.Products, productId, "product", cancellationToken);
                if (product.Status != OrderableStatus)
                {
                    throw new StepFailedException($"{product.Name} is {product.Status} and cannot be ordered: only products on sale can.");
                }
                order.Items.Add(new OrderItemEntity { OrderId = id, ProductId = product.Id, ProductName = product.Name, Quantity = quantity, UnitPrice = product.Price });
            }
            order.Total = Math.Round(order.Items.Sum(i => i.UnitPrice * i.Quantity), 2);
            db.Orders.Add(order);
            events.Add(db, DomainEventNames.OrderPlaced, customerId, OrderJson.ToJson(order));
            await db.SaveChangesAsync(cancellationToken);
            return order;
        }, cancellationToken);
    }

    /// <summary>Applies a person's <paramref name="change"/> to the order (e.g. shipped) and commits it.</summary>
    public async Task UpdateAsync(string orderId, Action<OrderEntity> change, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        change(await EntityLookup.RequireAsync(db.Orders, orderId, "order", cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static List<(string ProductId, int Quantity)> Lines(JsonArray items)
    {
        if (items.Count == 0)
        {
            throw new StepFailedException("An order needs at least one item: a product and how many.");
        }
        return [.. items.Select(item => item switch
        {
            JsonObject line when line["productId"] is JsonValue product && product.TryGetValue(out string? productId) && !string.IsNullOrWhiteSpace(productId)
                => (productId, Quantity(line["quantity"])),
            _ => throw new StepFailedException($"Each item of an order names its product, as {{\"productId\": \"prod_espresso\", \"quantity\": 1}}, not {item?.ToJsonString() ?? "nothing"}."),
        })];
    }

    private static string? Note(string? note) => note?.Trim() switch
    {
        null or "" => null,
        { Length: > MaxNoteLength } => throw new StepFailedException($"An order's note is at most {MaxNoteLength} characters."),
        var text => text,
    };

    private static int Quantity(JsonNode? given) => given switch
    {
        null => 1,
        JsonValue value when value.TryGetValue(out int quantity) && quantity is >= 1 and <= MaxQuantity => quantity,
        JsonValue value when value.TryGetValue(out double number) && number % 1 == 0 && number is >= 1 and <= MaxQuantity => (int)number,
        _ => throw new StepFailedException($"An item's quantity should be {QuantityRule}, not {given.ToJsonString()}."),
    };
}
