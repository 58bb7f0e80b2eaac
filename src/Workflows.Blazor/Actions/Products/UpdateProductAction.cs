using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Products;

public sealed class UpdateProductAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("product.update", "Products",
        "Updates a product: name, description, category, price, stock or status; other fields are kept as custom fields.",
        [ActionParameter.Mandatory("productId", ParameterType.String, "the product's id")])
    {
        Label = "Update product",
        Synonyms = ["edit product", "change price", "stock"],
        Outputs = OutputShapes.Product,
        Aliases = ["product_update"],
        AcceptsAnyParameters = true,
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await EntityLookup.RequireAsync(db.Products, invocation.RequireString("productId"), "product", cancellationToken);
        ProductFields.Apply(product, invocation.Parameters);
        product.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new ActionResult(ProductJson.ToJson(product));
    }
}
