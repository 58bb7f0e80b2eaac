using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Blazor.Store;

/// <summary>
/// Reads the products a run saved with a recommendation: product ids (<c>["prod_1"]</c>) or product objects as an AI
/// step proposed them (<c>[{"id": "prod_1"}, {"name": "Gift box"}]</c>). People see names, never the JSON.
/// </summary>
public static class RecommendedProducts
{
    private static readonly string[] IdFields = ["id", "productId"];
    private static readonly string[] NameFields = ["name", "title", "productName"];

    /// <summary>The product ids the saved list refers to, so their names can be looked up.</summary>
    public static IEnumerable<string> IdsIn(string productsJson) =>
        Entries(productsJson).Select(IdOf).OfType<string>();

    /// <summary>One readable name per product: the store's name for an id it knows, else the name the run gave, else what it gave.</summary>
    public static IReadOnlyList<string> Names(string productsJson, IReadOnlyDictionary<string, string> storeNames) =>
        [.. Entries(productsJson).Select(entry => IdOf(entry) is { } id && storeNames.TryGetValue(id, out var known) ? known : GivenName(entry))];

    private static IEnumerable<JsonNode?> Entries(string productsJson)
    {
        try
        {
            return JsonNode.Parse(productsJson) is JsonArray list ? list : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? IdOf(JsonNode? entry) => entry switch
    {
        JsonValue value when value.TryGetValue<string>(out var id) => id,
        JsonObject product => FirstText(product, IdFields),
        _ => null,
    };

    private static string GivenName(JsonNode? entry) => entry switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonObject product => FirstText(product, NameFields) ?? FirstText(product, IdFields) ?? product.ToJsonString(),
        _ => entry?.ToJsonString() ?? "—",
    };

    private static string? FirstText(JsonObject product, string[] fields) =>
        fields.Select(field => product[field]).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var text) ? text : null)
            .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));
}
