using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Actions.Json;

public static class ProductJson
{
    public static JsonObject ToJson(ProductEntity product)
    {
        var json = new JsonObject
        {
            ["_id"] = product.Id,
            ["id"] = product.Id,
            ["name"] = product.Name,
            ["description"] = product.Description,
            ["category"] = product.Category,
            ["price"] = product.Price,
            ["stock"] = product.Stock,
            ["inStock"] = product.Stock > 0,
            ["status"] = product.Status,
        };
        foreach (var (key, value) in JsonStore.Object(product.CustomFieldsJson))
        {
            json.TryAdd(key, value?.DeepClone());
        }
        return json;
    }
}
