using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Products;

/// <summary>Finds products by category, status, text, price or stock; returns <c>{ products, total }</c>.</summary>
public sealed class QueryProductsAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("product.query", "Products", "Searches the catalogue by category, status, text, price or stock.",
        [
            ActionParameter.Optional("category", ParameterType.String, "coffee, tea, equipment, accessories or subscriptions"),
            ActionParameter.Optional("status", ParameterType.String, "active, draft or archived"),
            ActionParameter.Optional("query", ParameterType.String, "text in the name or description"),
            ActionParameter.Optional("maxPrice", ParameterType.Number, "at most this price"),
            ActionParameter.Optional("inStock", ParameterType.Boolean, "only products in stock"),
            ActionParameter.Optional("limit", ParameterType.Number, "how many at most (default 20, up to 200)"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Search products",
        Synonyms = ["find products", "list products", "catalogue", "catalog"],
        Outputs = OutputShapes.Page("products", "Products", OutputShapes.Product),
        Aliases = ["product_search", "product_query", "list_products", "product.search"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = db.Products.AsNoTracking();
        if (invocation.GetString("category") is { Length: > 0 } category)
        {
            products = products.Where(p => p.Category == category);
        }
        if (invocation.GetString("status") is { Length: > 0 } status)
        {
            products = products.Where(p => p.Status == status);
        }
        if ((invocation.GetString("query") ?? invocation.GetString("search")) is { Length: > 0 } text)
        {
            products = products.Where(TextSearch.Contains<ProductEntity>(db, text, p => p.Name, p => p.Description));
        }
        if (invocation.GetDouble("maxPrice") is { } maxPrice)
        {
            products = products.Where(p => p.Price <= maxPrice);
        }
        if (invocation.GetBool("inStock") == true)
        {
            products = products.Where(p => p.Stock > 0);
        }
        var total = await products.CountAsync(cancellationToken);
        var page = await products.OrderBy(p => p.Category).ThenBy(p => p.Name).Take(invocation.GetInt("limit", 20, 1, 200)).ToListAsync(cancellationToken);
        return new ActionResult(new JsonObject
        {
            ["products"] = new JsonArray(page.Select(p => (JsonNode)ProductJson.ToJson(p)).ToArray()),
            ["total"] = total,
        });
    }
}
