using System.Text.Json.Nodes;

namespace Workflows.Blazor.Editor;

/// <summary>Reads and writes config values by dotted path, creating and pruning the objects on the way.</summary>
public static class ConfigPath
{
    public static JsonNode? Get(JsonObject config, string path)
    {
        JsonNode? current = config;
        foreach (var part in path.Split('.'))
        {
            current = current is JsonObject obj && obj.TryGetPropertyValue(part, out var next) ? next : null;
        }
        return current;
    }

    /// <summary>A copy of the config with the value set, or removed when null; objects left empty are removed too.</summary>
    public static JsonObject With(JsonObject config, string path, JsonNode? value)
    {
        var copy = (JsonObject)config.DeepClone();
        Set(copy, path.Split('.'), value?.DeepClone());
        return copy;
    }

    private static void Set(JsonObject target, ReadOnlySpan<string> parts, JsonNode? value)
    {
        if (parts.Length == 1)
        {
            if (value is null)
            {
                target.Remove(parts[0]);
            }
            else
            {
                target[parts[0]] = value;
            }
            return;
        }
        if (target[parts[0]] is not JsonObject child)
        {
            if (value is null)
            {
                return;
            }
            child = [];
            target[parts[0]] = child;
        }
        Set(child, parts[1..], value);
        if (child.Count == 0)
        {
            target.Remove(parts[0]);
        }
    }
}
