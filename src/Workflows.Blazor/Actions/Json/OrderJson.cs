using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Actions.Json;

public static class OrderJson
{
    public static JsonObject ToJson(OrderEntity order)
    {
        var json = new JsonObject
        {
            ["_id"] = order.Id,
            ["id"] = order.Id,
            ["customerId"] = order.CustomerId,
            ["total"] = order.Total,
            ["status"] = order.Status,
            ["placedAt"] = JsonStore.Time(order.PlacedAt),
            ["items"] = new JsonArray(order.Items.Select(i => (JsonNode)new JsonObject
            {
                ["productId"] = i.ProductId,
                ["productName"] = i.ProductName,
                ["quantity"] = i.Quantity,
                ["unitPrice"] = i.UnitPrice,
            }).ToArray()),
        };
        if (order.Note is not null)
        {
            json["note"] = order.Note;
        }
        return json;
    }
}
