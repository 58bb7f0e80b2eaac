using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Conversations;
using Workflows.Blazor.Actions.Customers;
using Workflows.Blazor.Actions.Documents;
using Workflows.Blazor.Actions.Orders;
using Workflows.Blazor.Actions.Products;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Store;

/// <summary>Paged, searchable lists of the store's data for the Data page, and the edits it offers.</summary>
public sealed class DataBrowser(
    IDbContextFactory<AppDbContext> contexts,
    CustomerCommands customers,
    ConversationCommands conversations,
    ProductCommands products,
    OrderCommands orders,
    DocumentCommands documents)
{
    public async Task<Page<CustomerEntity>> CustomersAsync(string? search, string? status, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim()}%";
            customers = customers.Where(c => EF.Functions.Like(c.Name, pattern) || EF.Functions.Like(c.Email, pattern) || c.Id == search.Trim());
        }
        if (!string.IsNullOrWhiteSpace(status))
        {
            customers = customers.Where(c => c.Status == status);
        }
        return new Page<CustomerEntity>(await customers.OrderBy(c => c.Name).Skip(skip).Take(take).ToListAsync(cancellationToken),
            await customers.CountAsync(cancellationToken));
    }

    public async Task<Page<ProductEntity>> ProductsAsync(string? search, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = db.Products.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim()}%";
            products = products.Where(p => EF.Functions.Like(p.Name, pattern) || EF.Functions.Like(p.Category, pattern));
        }
        return new Page<ProductEntity>(await products.OrderBy(p => p.Category).ThenBy(p => p.Name).Skip(skip).Take(take).ToListAsync(cancellationToken),
            await products.CountAsync(cancellationToken));
    }

    public async Task<Page<OrderEntity>> OrdersAsync(string? customerId, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = db.Orders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(customerId))
        {
            orders = orders.Where(o => o.CustomerId == customerId.Trim());
        }
        return new Page<OrderEntity>(
            await orders.Include(o => o.Items).OrderByDescending(o => o.PlacedAt).Skip(skip).Take(take).ToListAsync(cancellationToken),
            await orders.CountAsync(cancellationToken));
    }

    public async Task<Page<ConversationEntity>> ConversationsAsync(string? status, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conversations = db.Conversations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status))
        {
            conversations = conversations.Where(c => c.Status == status);
        }
        return new Page<ConversationEntity>(
            await conversations.Include(c => c.Messages).OrderByDescending(c => c.UpdatedAt).Skip(skip).Take(take).ToListAsync(cancellationToken),
            await conversations.CountAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<OfferEntity>> OffersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Offers.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SegmentationRuleEntity>> SegmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SegmentationRules.AsNoTracking().OrderBy(s => s.Priority).ToListAsync(cancellationToken);
    }

    public async Task<Page<DocumentEntity>> DocumentsAsync(string? search, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = db.Documents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            documents = documents.Where(d => EF.Functions.Like(d.Name, $"%{search.Trim()}%"));
        }
        return new Page<DocumentEntity>(await documents.OrderByDescending(d => d.CreatedAt).Skip(skip).Take(take).ToListAsync(cancellationToken),
            await documents.CountAsync(cancellationToken));
    }

    public Task SaveOfferAsync(string offerId, JsonObject fields, CancellationToken cancellationToken = default) =>
        EditAsync(db => db.Offers.FirstAsync(o => o.Id == offerId, cancellationToken), offer => RuleEdits.ApplyToOffer(offer, fields), cancellationToken);

    public Task SaveSegmentAsync(string segmentId, JsonObject fields, CancellationToken cancellationToken = default) =>
        EditAsync(db => db.SegmentationRules.FirstAsync(s => s.Id == segmentId, cancellationToken), segment => RuleEdits.ApplyToSegment(segment, fields),
            cancellationToken);

    public async Task<Page<RecommendationEntity>> RecommendationsAsync(string? customerId, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recommendations = db.Recommendations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(customerId))
        {
            recommendations = recommendations.Where(r => r.CustomerId == customerId.Trim());
        }
        return new Page<RecommendationEntity>(
            await recommendations.OrderByDescending(r => r.CreatedAt).Skip(skip).Take(take).ToListAsync(cancellationToken),
            await recommendations.CountAsync(cancellationToken));
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
