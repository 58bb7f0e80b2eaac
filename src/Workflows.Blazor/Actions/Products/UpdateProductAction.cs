using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Products;

public sealed class UpdateProductAction(ProductCommands products) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("product.update", "Products",
        "Updates a product: name, description, category, price, stock or status; other fields are kept as custom fields.",
        [ActionParameter.Mandatory("productId", ParameterType.String, "the product's id")])
    {
        Effect = Effect.WritesData,
        Label = "Update product",
        Synonyms = ["edit product", "change price", "stock"],
        Outputs = OutputShapes.Product,
        Aliases = ["product_update"],
        AcceptsAnyParameters = true,
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        new(ProductJson.ToJson(await products.UpdateAsync(invocation.RequireString("productId"), invocation.Parameters, cancellationToken)));
}
