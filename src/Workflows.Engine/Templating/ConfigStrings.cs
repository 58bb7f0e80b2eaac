using System.Text.Json.Nodes;

namespace Workflows.Engine.Templating;

/// <summary>Every string in a step's config, where templates live, with its field path (e.g. <c>config.parameters.to</c>).</summary>
internal static class ConfigStrings
{
    public static IEnumerable<(string Field, JsonValue Value, string Text)> In(JsonNode? node, string field)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    foreach (var item in In(value, $"{field}.{key}"))
                    {
                        yield return item;
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var item in In(array[i], $"{field}[{i}]"))
                    {
                        yield return item;
                    }
                }
                break;
            case JsonValue value when value.TryGetValue(out string? text):
                yield return (field, value, text);
                break;
        }
    }
}
