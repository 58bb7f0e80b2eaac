using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Blazor.Ai;

/// <summary>
/// A JSON step's answer: parsed, and checked against the step's optional <c>outputSchema</c>
/// (required properties and basic types, nested objects and list items included).
/// </summary>
public static class JsonAnswer
{
    /// <summary>The parsed answer, or the problem as a sentence the model can correct.</summary>
    public static (JsonNode? Value, string? Problem) Read(string text, JsonObject? schema)
    {
        JsonNode? value;
        try
        {
            value = JsonNode.Parse(StripFence(text));
        }
        catch (JsonException ex)
        {
            return (null, $"The answer is not valid JSON: {ex.Message}");
        }
        var problem = schema is null ? null : FindProblem(value, schema, "$");
        return problem is null ? (value, null) : (null, $"The answer does not match the output schema: {problem}");
    }

    private static string? FindProblem(JsonNode? value, JsonObject schema, string path)
    {
        if (schema["type"] is JsonValue type && type.TryGetValue(out string? expected) && !IsOfType(value, expected))
        {
            return $"{path} should be {expected}, but is {value?.ToJsonString() ?? "null"}.";
        }
        if (value is JsonObject obj)
        {
            foreach (var name in (schema["required"] as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>())
            {
                if (!obj.ContainsKey(name))
                {
                    return $"{path} is missing the required property '{name}'.";
                }
            }
            foreach (var (name, propertySchema) in schema["properties"] as JsonObject ?? [])
            {
                if (propertySchema is JsonObject inner && obj.TryGetPropertyValue(name, out var property)
                    && FindProblem(property, inner, $"{path}.{name}") is { } problem)
                {
                    return problem;
                }
            }
        }
        if (value is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (FindProblem(array[i], items, $"{path}[{i}]") is { } problem)
                {
                    return problem;
                }
            }
        }
        return null;
    }

    private static bool IsOfType(JsonNode? value, string type) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "number" => value is JsonValue n && n.GetValueKind() == JsonValueKind.Number,
        "integer" => value is JsonValue i && i.GetValueKind() == JsonValueKind.Number && i.TryGetValue(out long _),
        "boolean" => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "null" => value is null,
        _ => true,
    };

    /// <summary>Models often wrap JSON in a Markdown code fence even in JSON mode; the fence is not part of the answer.</summary>
    private static string StripFence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < 6)
        {
            return trimmed;
        }
        var firstLineEnd = trimmed.IndexOf('\n');
        return firstLineEnd < 0 ? trimmed : trimmed[(firstLineEnd + 1)..^3].Trim();
    }
}
