using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Actions.Json;

/// <summary>A customer as workflows see it: its fields, its custom fields flattened in, and its id as both <c>_id</c> and <c>id</c>.</summary>
public static class CustomerJson
{
    public static readonly string[] Fields =
        ["name", "email", "phone", "status", "tier", "tags", "totalSpent", "lastPurchaseAt", "churnRisk", "source"];

    public static JsonObject ToJson(CustomerEntity customer)
    {
        var json = new JsonObject
        {
            ["_id"] = customer.Id,
            ["id"] = customer.Id,
            ["name"] = customer.Name,
            ["email"] = customer.Email,
            ["phone"] = customer.Phone,
            ["status"] = customer.Status,
            ["tier"] = customer.Tier,
            ["tags"] = JsonStore.Array(customer.TagsJson),
            ["totalSpent"] = customer.TotalSpent,
            ["lastPurchaseAt"] = JsonStore.Time(customer.LastPurchaseAt),
            ["churnRisk"] = customer.ChurnRisk,
            ["source"] = customer.Source,
            ["loyaltyPoints"] = customer.LoyaltyPoints,
            ["createdAt"] = JsonStore.Time(customer.CreatedAt),
            ["updatedAt"] = JsonStore.Time(customer.UpdatedAt),
        };
        var custom = JsonStore.Object(customer.CustomFieldsJson);
        foreach (var (key, value) in custom)
        {
            json.TryAdd(key, value?.DeepClone());
        }
        json["customFields"] = custom;
        return json;
    }
}
