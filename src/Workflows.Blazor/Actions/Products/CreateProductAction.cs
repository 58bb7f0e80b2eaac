using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Products;

public sealed class CreateProductAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
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
        Label = "Create product",
        Synonyms = ["add product", "new product"],
        Outputs = OutputShapes.Product,
        Aliases = ["product_create"],
        AcceptsAnyParameters = true,
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var product = new ProductEntity { Id = Store.Ids.Short("prod"), Name = "", Category = "", Status = "active", CreatedAt = now, UpdatedAt = now };
        ProductFields.Apply(product, invocation.Parameters);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Products.Add(product);
        await db.SaveChangesAsync(cancellationToken);
        return new ActionResult(ProductJson.ToJson(product));
    }
}
