using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Products;

/// <summary>Products matching an expression over their fields, e.g. <c>price &lt; 20 &amp;&amp; inStock</c>.</summary>
public sealed class FilterProductsAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("product.filter", "Products", "Finds products matching an expression, e.g. price < 20 && inStock.",
        [ActionParameter.Mandatory("expression", ParameterType.String, "a condition over product fields")])
    {
        Effect = Effect.ReadsData,
        Label = "Filter products",
        Synonyms = ["products where", "find products matching", "in stock", "price"],
        Outputs = OutputShapes.Page("products", "Products", OutputShapes.Product),
        Aliases = ["product_filter"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var expression = RecordFilter.Parse(invocation.RequireString("expression"));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = (await db.Products.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken))
            .Select(ProductJson.ToJson)
            .Where(json => RecordFilter.Matches(expression, json))
            .ToArray<JsonNode>();
        return new ActionResult(new JsonObject { ["products"] = new JsonArray(products), ["total"] = products.Length });
    }
}
