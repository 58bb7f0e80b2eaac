using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Conversations;
using Workflows.Blazor.Actions.Customers;
using Workflows.Blazor.Actions.Documents;
using Workflows.Blazor.Actions.Orders;
using Workflows.Blazor.Actions.Products;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Actions;

/// <summary>
/// The edits the Data page offers on the store's data; customers, products, orders, conversations and documents change
/// through the command service that owns them. <see cref="StoreQueries"/> reads them.
/// </summary>
public sealed class DataEdits(
    IDbContextFactory<AppDbContext> contexts,
    CustomerCommands customers,
    ConversationCommands conversations,
    ProductCommands products,
    OrderCommands orders,
    DocumentCommands documents)
{
    public Task SaveOfferAsync(string offerId, JsonObject fields, CancellationToken cancellationToken = default) =>
        EditAsync(db => db.Offers.FirstAsync(o => o.Id == offerId, cancellationToken), offer => RuleEdits.ApplyToOffer(offer, fields), cancellationToken);

    public Task SaveSegmentAsync(string segmentId, JsonObject fields, CancellationToken cancellationToken = default) =>
        EditAsync(db => db.SegmentationRules.FirstAsync(s => s.Id == segmentId, cancellationToken), segment => RuleEdits.ApplyToSegment(segment, fields),
            cancellationToken);

    /// <summary>
    /// Places the order a person entered through <see cref="OrderCommands"/>, so it raises <c>order.placed</c> like an order a
    /// workflow records. The form's <paramref name="idempotencyKey"/> makes a second click give the same order, not a second one.
    /// </summary>
    public async Task<OrderRow> PlaceOrderAsync(
        string customerId, IEnumerable<(string ProductId, int Quantity)> lines, string? note, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var items = new JsonArray([.. lines.Select(line => (JsonNode)new JsonObject { ["productId"] = line.ProductId, ["quantity"] = line.Quantity })]);
        var order = await orders.PlaceAsync(customerId, items, note, idempotencyKey, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var names = await StoreQueries.CustomerNamesAsync(db, [customerId], cancellationToken);
        return StoreQueries.Order(order, names.GetValueOrDefault(customerId, customerId));
    }

    public Task SaveOrderAsync(string orderId, JsonObject fields, CancellationToken cancellationToken = default) =>
        orders.UpdateAsync(orderId, order => order.Status = RecordEdits.OneOf(fields, "status", order.Status, RecordEdits.OrderStatuses), cancellationToken);

    public Task SaveConversationAsync(string conversationId, JsonObject fields, CancellationToken cancellationToken = default) =>
        conversations.UpdateAsync(conversationId, (conversation, _) =>
        {
            conversation.Status = RecordEdits.OneOf(fields, "status", conversation.Status, RecordEdits.ConversationStatuses);
            conversation.Subject = RecordEdits.Text(fields, "subject", conversation.Subject);
        }, cancellationToken);

    public Task SaveDocumentAsync(string documentId, JsonObject fields, CancellationToken cancellationToken = default) =>
        documents.UpdateAsync(documentId, document =>
        {
            document.Name = RecordEdits.Text(fields, "name", document.Name);
            document.SourceProvider = fields["sourceProvider"] is { } source ? source.GetValue<string>() : document.SourceProvider;
        }, cancellationToken);

    /// <summary>Saves a person's edit of a customer with the same checks as the <c>customer.update</c> action.</summary>
    public Task SaveCustomerAsync(string customerId, JsonObject fields, CancellationToken cancellationToken = default) =>
        customers.UpdateAsync(customerId, fields, cancellationToken: cancellationToken);

    public Task SaveProductAsync(string productId, JsonObject fields, CancellationToken cancellationToken = default) =>
        products.UpdateAsync(productId, fields, cancellationToken);

    private async Task EditAsync<T>(Func<AppDbContext, Task<T>> load, Action<T> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        change(await load(db));
        await db.SaveChangesAsync(cancellationToken);
    }
}
