using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Orders;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Store;

/// <summary>Reads the store's data for the Data page: paged, searchable lists as read models; the Data page changes them through <c>DataEdits</c>.</summary>
public sealed class StoreQueries(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<Page<CustomerRow>> CustomersAsync(string? search, string? status, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            customers = customers.Where(CustomerMatching(db, search));
        }
        if (!string.IsNullOrWhiteSpace(status))
        {
            customers = customers.Where(c => c.Status == status);
        }
        return await PageAsync(customers, customers.OrderBy(c => c.Name).Skip(skip).Take(take), Customer, cancellationToken);
    }

    public async Task<Page<ProductRow>> ProductsAsync(string? search, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = Matching(db, search);
        return await PageAsync(products, products.OrderBy(p => p.Category).ThenBy(p => p.Name).Skip(skip).Take(take), Product, cancellationToken);
    }

    /// <summary>The products an order may name (those <see cref="OrderCommands"/> accepts), for the order form's picker.</summary>
    public async Task<IReadOnlyList<ProductRow>> OrderableProductsAsync(string? search, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = Matching(db, search).Where(p => p.Status == OrderCommands.OrderableStatus);
        return [.. (await products.OrderBy(p => p.Name).Take(take).ToListAsync(cancellationToken)).Select(Product)];
    }

    /// <summary>Orders newest first, each with its customer's name; <paramref name="customer"/> matches a customer's id, or part of their name or email.</summary>
    public async Task<Page<OrderRow>> OrdersAsync(string? customer, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = db.Orders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(customer))
        {
            var customers = CustomerIdsMatching(db, customer);
            orders = orders.Where(o => customers.Contains(o.CustomerId));
        }
        var page = await orders.Include(o => o.Items).OrderByDescending(o => o.PlacedAt).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var names = await CustomerNamesAsync(db, page.Select(o => o.CustomerId), cancellationToken);
        return new([.. page.Select(o => Order(o, names.GetValueOrDefault(o.CustomerId, o.CustomerId)))], await orders.CountAsync(cancellationToken));
    }

    /// <summary>The ids of the customers whose id is <paramref name="search"/> or whose name or email contains it.</summary>
    private static IQueryable<string> CustomerIdsMatching(AppDbContext db, string search) =>
        db.Customers.Where(CustomerMatching(db, search)).Select(c => c.Id);

    /// <summary>Customers whose id is <paramref name="search"/> or whose name or email contains it, in any case.</summary>
    private static Expression<Func<CustomerEntity, bool>> CustomerMatching(AppDbContext db, string search)
    {
        var id = search.Trim();
        return TextSearch.Contains<CustomerEntity>(db, search, c => c.Name, c => c.Email).Or(c => c.Id == id);
    }

    /// <summary>The names of the given customers by id; an id no customer has any more is left out.</summary>
    internal static async Task<Dictionary<string, string>> CustomerNamesAsync(AppDbContext db, IEnumerable<string> customerIds, CancellationToken cancellationToken)
    {
        var ids = customerIds.Distinct().ToList();
        return await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
    }

    public async Task<Page<ConversationRow>> ConversationsAsync(string? status, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var conversations = db.Conversations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status))
        {
            conversations = conversations.Where(c => c.Status == status);
        }
        return await PageAsync(conversations, conversations.Include(c => c.Messages).OrderByDescending(c => c.UpdatedAt).Skip(skip).Take(take),
            c => new ConversationRow(c.Id, c.Subject, c.Channel, c.Status, c.UpdatedAt,
                c.Messages.OrderBy(m => m.SentAt).LastOrDefault()?.Body, c.Messages.Any(m => m.IsDraft)), cancellationToken);
    }

    public async Task<Page<DocumentRow>> DocumentsAsync(string? search, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = db.Documents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            documents = documents.Where(TextSearch.Contains<DocumentEntity>(db, search, d => d.Name));
        }
        return await PageAsync(documents, documents.OrderByDescending(d => d.CreatedAt).Skip(skip).Take(take),
            d => new DocumentRow(d.Id, d.Name, d.ContentType, d.SizeBytes, d.SourceProvider, d.CreatedAt), cancellationToken);
    }

    /// <summary>Recommendations newest first, with the customer's and the products' names; <paramref name="customer"/> matches a name, email or id.</summary>
    public async Task<Page<RecommendationRow>> RecommendationsAsync(string? customer, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recommendations = db.Recommendations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(customer))
        {
            var customers = CustomerIdsMatching(db, customer);
            recommendations = recommendations.Where(r => customers.Contains(r.CustomerId));
        }
        var page = await recommendations.OrderByDescending(r => r.CreatedAt).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var customerNames = await CustomerNamesAsync(db, page.Select(r => r.CustomerId), cancellationToken);
        var productIds = page.SelectMany(r => RecommendedProducts.IdsIn(r.ProductsJson)).Distinct().ToList();
        var productNames = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return new([.. page.Select(r => new RecommendationRow(r.Id, r.CustomerId, customerNames.GetValueOrDefault(r.CustomerId, r.CustomerId),
            RecommendedProducts.Names(r.ProductsJson, productNames), r.Reason, r.ExecutionId, r.CreatedAt))], await recommendations.CountAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<OfferRow>> OffersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Offers.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new OfferRow(o.Id, o.Name, o.Category, o.Value, o.Eligibility, o.IsActive)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SegmentRow>> SegmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SegmentationRules.AsNoTracking().OrderBy(s => s.Priority)
            .Select(s => new SegmentRow(s.Id, s.Name, s.Expression, s.Priority, s.IsEnabled)).ToListAsync(cancellationToken);
    }

    private static IQueryable<ProductEntity> Matching(AppDbContext db, string? search)
    {
        var products = db.Products.AsNoTracking();
        return string.IsNullOrWhiteSpace(search) ? products : products.Where(TextSearch.Contains<ProductEntity>(db, search, p => p.Name, p => p.Category));
    }

    private static ProductRow Product(ProductEntity p) => new(p.Id, p.Name, p.Category, p.Price, p.Stock, p.Status);

    internal static OrderRow Order(OrderEntity order, string customerName) => new(order.Id, order.CustomerId, customerName, order.PlacedAt, order.Total, order.Status,
        [.. order.Items.Select(i => new OrderLineRow(i.ProductId, i.ProductName, i.Quantity, i.UnitPrice))], order.Note);

    private static CustomerRow Customer(CustomerEntity customer) => new(customer.Id, customer.Name, customer.Email, customer.Phone, customer.Status,
        customer.Tier, Tags(customer.TagsJson), customer.TotalSpent, customer.LastPurchaseAt, customer.LoyaltyPoints, customer.AccountManagerId);

    private static List<string> Tags(string json) => JsonNode.Parse(json) is JsonArray tags
        ? [.. tags.Select(tag => JsonText.ToText(tag).Trim()).Where(tag => tag.Length > 0)]
        : [];

    /// <summary>The rows of one page of <paramref name="all"/> and how many there are in all.</summary>
    private static async Task<Page<TRow>> PageAsync<T, TRow>(IQueryable<T> all, IQueryable<T> page, Func<T, TRow> row, CancellationToken cancellationToken) =>
        new([.. (await page.ToListAsync(cancellationToken)).Select(row)], await all.CountAsync(cancellationToken));
}
