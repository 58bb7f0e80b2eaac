using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Engine.Templating;

/// <summary>How a value reads when it is put into text: strings as they are, everything else as compact JSON.</summary>
public static class JsonText
{
    public static string ToText(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        // Text built from values is read by people (emails, prompts), not embedded in HTML: keep "+", "'" and accents as they are.
        _ => ReadableJson.Compact(value),
    };

    /// <summary>Mustache truthiness: null, false, 0, "" and empty lists are falsy.</summary>
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject => true,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            JsonValueKind.Number => TryGetNumber(v, out var number) && number != 0,
            _ => true,
        },
        _ => true,
    };

    /// <summary>Reads a JSON number whatever CLR type backs it (int, long, decimal, double, or parsed text).</summary>
    public static bool TryGetNumber(JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
