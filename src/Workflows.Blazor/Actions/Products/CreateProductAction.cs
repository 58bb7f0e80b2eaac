using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Products;

public sealed class CreateProductAction(ProductCommands products) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("product.create", "Products", "Adds a product to the catalogue.",
        [
            ActionParameter.Mandatory("name", ParameterType.String, "the product's name"),
            ActionParameter.Mandatory("category", ParameterType.String, "its category"),
            ActionParameter.Mandatory("price", ParameterType.Number, "its price"),
            ActionParameter.Optional("stock", ParameterType.Number, "units in stock (default 0)"),
            ActionParameter.Optional("status", ParameterType.String, "active (default), draft or archived"),
            ActionParameter.Optional("description", ParameterType.String, "a short description"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Create product",
        Synonyms = ["add product", "new product"],
        Outputs = OutputShapes.Product,
        Aliases = ["product_create"],
        AcceptsAnyParameters = true,
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        new(ProductJson.ToJson(await products.CreateAsync(invocation.Parameters, invocation.IdempotencyKey, cancellationToken)));
}
