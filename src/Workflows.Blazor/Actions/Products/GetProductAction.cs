using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Products;

public sealed class GetProductAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("product.get_by_id", "Products", "Gets a product's details by id.",
        [ActionParameter.Mandatory("productId", ParameterType.String, "the product's id, e.g. prod_001")])
    {
        Effect = Effect.ReadsData,
        Label = "Get product",
        Synonyms = ["find product", "product details", "look up product", "item"],
        Outputs = OutputShapes.Product,
        Aliases = ["product_get", "product.get"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new ActionResult(ProductJson.ToJson(await EntityLookup.RequireAsync(db.Products, invocation.RequireString("productId"), "product", cancellationToken)));
    }
}
