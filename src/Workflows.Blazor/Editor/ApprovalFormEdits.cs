using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflows.Blazor.Inbox;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Editor;

/// <summary>
/// The edits of an approval step's reviewer form (<c>config.fields</c>, the inbox's field list) and of the data shown
/// to the reviewer (<c>config.data</c>, label → value). Each returns a new value, leaving keys it does not know as they were.
/// </summary>
public static partial class ApprovalFormEdits
{
    /// <summary>The field types a designer offers, with the words a marketer reads.</summary>
    public static readonly IReadOnlyList<(string Type, string Label)> Types =
    [
        (ApprovalField.Text, "Text"), (ApprovalField.Number, "Number"), (ApprovalField.Money, "Money"), (ApprovalField.Percent, "Percent"),
        (ApprovalField.Choice, "Choice"), (ApprovalField.Boolean, "Yes / no"), (ApprovalField.Date, "Date"),
    ];

    public static JsonArray Fields(JsonNode? fields) => fields is JsonArray list ? (JsonArray)list.DeepClone() : [];

    /// <summary>A new text field at the end, named so it clashes with none before it.</summary>
    public static JsonArray Add(JsonNode? fields)
    {
        var list = Fields(fields);
        var taken = list.OfType<JsonObject>().Select(f => JsonText.ToText(f["name"])).ToHashSet();
        var number = list.Count + 1;
        while (taken.Contains($"field{number}"))
        {
            number++;
        }
        list.Add(new JsonObject { ["name"] = $"field{number}", ["label"] = $"Field {number}", ["type"] = ApprovalField.Text });
        return list;
    }

    public static JsonArray Remove(JsonNode? fields, int index)
    {
        var list = Fields(fields);
        list.RemoveAt(index);
        return list;
    }

    /// <summary>Moves the field at <paramref name="index"/> one place up (-1) or down (+1).</summary>
    public static JsonArray Move(JsonNode? fields, int index, int by)
    {
        var list = Fields(fields);
        var target = index + by;
        if (target < 0 || target >= list.Count)
        {
            return list;
        }
        var field = list[index]!;
        list.RemoveAt(index);
        list.Insert(target, field);
        return list;
    }

    /// <summary>Sets one key of one field, removing it when the value is null or empty text.</summary>
    public static JsonArray Set(JsonNode? fields, int index, string key, JsonNode? value)
    {
        var list = Fields(fields);
        if (list[index] is not JsonObject field)
        {
            return list;
        }
        if (value is null || (value is JsonValue text && text.TryGetValue(out string? s) && s.Length == 0))
        {
            field.Remove(key);
        }
        else
        {
            field[key] = value;
        }
        return list;
    }

    /// <summary>Changes a field's label; a name that still follows the old label follows the new one.</summary>
    public static JsonArray Relabel(JsonNode? fields, int index, string label)
    {
        var list = Set(fields, index, "label", JsonValue.Create(label));
        if (list[index] is JsonObject field && JsonText.ToText(field["name"]) is var name
            && (name.Length == 0 || name == NameFor(JsonText.ToText((fields as JsonArray)?[index]?["label"])) || AutoName().IsMatch(name))
            && NameFor(label) is { Length: > 0 } fresh
            && !list.OfType<JsonObject>().Any(f => f != field && JsonText.ToText(f["name"]) == fresh))
        {
            field["name"] = fresh;
        }
        return list;
    }

    /// <summary>"Offer value (%)" gives "offerValue": the name later steps read as <c>fields.offerValue</c>.</summary>
    public static string NameFor(string label)
    {
        var words = Words().Matches(label).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0 || char.IsDigit(words[0][0]))
        {
            return "";
        }
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>Options written one per comma, as the designer shows them.</summary>
    public static JsonNode? Options(string? text)
    {
        var options = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return options.Length == 0 ? null : new JsonArray([.. options.Select(o => (JsonNode)JsonValue.Create(o))]);
    }

    public static string OptionsText(JsonNode? options) =>
        options is JsonArray list ? string.Join(", ", list.Select(o => JsonText.ToText(o is JsonObject option ? option["value"] : o))) : "";

    /// <summary>The data rows in order: a label and its value (a template, or JSON when it is not text).</summary>
    public static IReadOnlyList<(string Label, JsonNode? Value)> Rows(JsonNode? data) =>
        data is JsonObject obj ? [.. obj.Select(p => (p.Key, p.Value?.DeepClone()))] : [];

    /// <summary>The data object for rows; a row with no label is left out, a repeated label keeps its last value.</summary>
    public static JsonObject Data(IEnumerable<(string Label, JsonNode? Value)> rows)
    {
        var data = new JsonObject();
        foreach (var (label, value) in rows.Where(r => r.Label.Trim().Length > 0))
        {
            data[label.Trim()] = value?.DeepClone();
        }
        return data;
    }

    /// <summary>A label not used by any row yet: "Detail", "Detail 2", ...</summary>
    public static string FreeLabel(IEnumerable<(string Label, JsonNode? Value)> rows)
    {
        var taken = rows.Select(r => r.Label).ToHashSet();
        var label = "Detail";
        for (var n = 2; taken.Contains(label); n++)
        {
            label = $"Detail {n}";
        }
        return label;
    }

    [GeneratedRegex("^field[0-9]+$")]
    private static partial Regex AutoName();

    [GeneratedRegex("[A-Za-z0-9]+")]
    private static partial Regex Words();
}
