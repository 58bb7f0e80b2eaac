using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Templating;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Products;

/// <summary>
/// Enriches a list with product details: each item is a product id, or an object with <c>productId</c>/<c>id</c>
/// (as an LLM step proposes them); each comes back with the catalogue's fields added. Unknown ids are reported, not dropped.
/// </summary>
public sealed class HydrateProductFieldsAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("product.hydrate_fields", "Products", "Adds catalogue details to a list of product ids or objects.",
        [ActionParameter.Mandatory("items", ParameterType.Array, "product ids, or objects with productId")])
    {
        Effect = Effect.ReadsData,
        Label = "Add product details",
        Synonyms = ["enrich products", "product names", "hydrate"],
        Outputs = [List("products", "Products", OutputShapes.Product), List("missing", "Products not found", [])],
        Aliases = ["product_hydrate_fields", "hydrate_fields"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var items = (JsonArray)invocation.Parameters["items"]!;
        var ids = items.Select(IdOf).OfType<string>().Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var hydrated = new JsonArray();
        var missing = new JsonArray();
        foreach (var item in items)
        {
            var id = IdOf(item);
            if (id is null || !products.TryGetValue(id, out var product))
            {
                missing.Add(item?.DeepClone());
                continue;
            }
            var json = ProductJson.ToJson(product);
            if (item is JsonObject extra)
            {
                foreach (var (key, value) in extra)
                {
                    json[key] = value?.DeepClone();
                }
            }
            hydrated.Add(json);
        }
        return new ActionResult(new JsonObject { ["products"] = hydrated, ["missing"] = missing });
    }

    private static string? IdOf(JsonNode? item) => item switch
    {
        JsonObject obj => (obj["productId"] ?? obj["id"] ?? obj["_id"]) is { } id ? JsonText.ToText(id) : null,
        JsonValue value => JsonText.ToText(value),
        _ => null,
    };
}
