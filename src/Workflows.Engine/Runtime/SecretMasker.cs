using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime;

/// <summary>Replaces secret values with a mask wherever they appear in text that is stored or shown.</summary>
public static class SecretMasker
{
    public const string Placeholder = "••••••";

    public static JsonNode? Mask(JsonNode? value, IReadOnlyCollection<string> secrets)
    {
        if (value is null || secrets.Count == 0)
        {
            return value;
        }
        return value switch
        {
            JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Mask(p.Value?.DeepClone(), secrets)))),
            JsonArray array => new JsonArray(array.Select(item => Mask(item?.DeepClone(), secrets)).ToArray()),
            JsonValue v when v.TryGetValue(out string? text) => JsonValue.Create(MaskText(text, secrets)),
            _ => value,
        };
    }

    public static string? MaskText(string? text, IReadOnlyCollection<string> secrets)
    {
        if (text is null)
        {
            return null;
        }
        foreach (var secret in secrets)
        {
            if (secret.Length > 0)
            {
                text = text.Replace(secret, Placeholder, StringComparison.Ordinal);
            }
        }
        return text;
    }
}
