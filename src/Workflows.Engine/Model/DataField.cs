using System.Text.Json.Nodes;

namespace Workflows.Engine.Model;

/// <summary>
/// One field of what a step produces: its name in the data (<c>totalSpent</c>), its type, the label people read
/// ("Total spent") and an example value. An object lists its fields; a list lists the fields of each item.
/// </summary>
public sealed record DataField(string Name, DataType Type, string Label, string? Example = null)
{
    public IReadOnlyList<DataField> Fields { get; init; } = [];

    public static DataField Text(string name, string label, string? example = null) => new(name, DataType.Text, label, example);

    public static DataField Number(string name, string label, string? example = null) => new(name, DataType.Number, label, example);

    public static DataField Boolean(string name, string label, string? example = null) => new(name, DataType.Boolean, label, example);

    public static DataField Date(string name, string label, string? example = null) => new(name, DataType.Date, label, example);

    public static DataField Object(string name, string label, IReadOnlyList<DataField> fields) => new(name, DataType.Object, label) { Fields = fields };

    /// <summary>A list whose items have <paramref name="itemFields"/>; none for a list of plain values.</summary>
    public static DataField List(string name, string label, IReadOnlyList<DataField> itemFields) => new(name, DataType.List, label) { Fields = itemFields };

    /// <summary>The shape of a sample value, e.g. a pasted webhook payload or a test output: names become labels.</summary>
    public static IReadOnlyList<DataField> FromSample(JsonNode? sample, int depth = 0) => sample switch
    {
        JsonObject obj when depth < MaxSampleDepth => [.. obj.Select(p => FromSampleValue(p.Key, p.Value, depth))],
        JsonArray { Count: > 0 } list when depth < MaxSampleDepth => FromSample(list[0], depth + 1),
        _ => [],
    };

    private const int MaxSampleDepth = 6;

    private static bool LooksLikeDate(string text) =>
        text.Length >= 10 && char.IsAsciiDigit(text[0]) && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static DataField FromSampleValue(string name, JsonNode? value, int depth)
    {
        var label = Labels.Humanize(name);
        return value switch
        {
            JsonObject => Object(name, label, FromSample(value, depth + 1)),
            JsonArray list => List(name, label, list.Count > 0 ? FromSample(list[0], depth + 1) : []),
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number => Number(name, label, v.ToJsonString()),
            JsonValue v when v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => Boolean(name, label, v.ToJsonString()),
            JsonValue v when v.TryGetValue(out string? text) => LooksLikeDate(text) ? Date(name, label, text) : Text(name, label, text),
            _ => new DataField(name, DataType.Any, label),
        };
    }
}
