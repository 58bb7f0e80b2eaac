using System.Text.Json.Nodes;

namespace Workflows.Blazor.Kernel;

/// <summary>Reading and writing the JSON text columns of the store.</summary>
internal static class JsonStore
{
    public static JsonArray Array(string json) => JsonNode.Parse(json) as JsonArray ?? [];

    public static JsonObject Object(string json) => JsonNode.Parse(json) as JsonObject ?? [];

    public static string? Time(DateTimeOffset? time) => time?.ToString("O");

    public static List<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(item => Templating(item)).Where(s => s.Length > 0).ToList(),
        JsonValue value => Templating(value).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        _ => [],
    };

    private static string Templating(JsonNode? node) => Engine.Templating.JsonText.ToText(node).Trim();
}
