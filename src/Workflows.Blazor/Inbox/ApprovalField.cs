using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// One field of an approval's form: <c>{ name, label, type, required, default, options, min, max, currency }</c>.
/// Types: text, number, money, percent, choice, boolean (yes / no) and date; older spellings are read as their kin.
/// </summary>
public sealed record ApprovalField(string Name, string Label, string Type, bool Required, JsonNode? Default, IReadOnlyList<string> Options)
{
    public const string Number = "number";
    public const string Text = "text";
    public const string Money = "money";
    public const string Percent = "percent";
    public const string Choice = "choice";
    public const string Boolean = "boolean";
    public const string Date = "date";

    /// <summary>The smallest value allowed: a number for number, money and percent, a yyyy-MM-dd text for dates.</summary>
    public JsonNode? Min { get; init; }

    public JsonNode? Max { get; init; }

    /// <summary>The ISO currency code a money field is shown in.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>Whether the field holds a number (number, money or percent).</summary>
    public bool IsNumeric => Type is Number or Money or Percent;

    public static IReadOnlyList<ApprovalField> Parse(JsonArray fields) =>
        fields.OfType<JsonObject>().Where(f => f["name"] is not null).Select(FromJson).ToList();

    /// <summary>The field's canonical type name for a declared one, so old and new spellings read alike.</summary>
    public static string TypeOf(string? declared, bool hasOptions) => declared switch
    {
        "number" or "integer" or "decimal" => Number,
        "money" or "currency" or "amount" => Money,
        "percent" or "percentage" => Percent,
        "choice" or "select" or "enum" => Choice,
        "boolean" or "checkbox" or "yesno" or "yes-no" or "switch" => Boolean,
        "date" => Date,
        _ when hasOptions => Choice,
        _ => Text,
    };

    private static ApprovalField FromJson(JsonObject field)
    {
        var name = JsonText.ToText(field["name"]);
        var options = field["options"] is JsonArray array
            ? array.Select(o => JsonText.ToText(o is JsonObject option ? option["value"] : o)).ToList()
            : [];
        var type = TypeOf(field["type"] is { } t ? JsonText.ToText(t) : null, options.Count > 0);
        var label = field["label"] is { } l ? JsonText.ToText(l) : name;
        var required = field["required"] is JsonValue r && r.TryGetValue<bool>(out var flag) && flag;
        return new ApprovalField(name, label, type, required, field["default"]?.DeepClone(), options)
        {
            Min = field["min"]?.DeepClone(),
            Max = field["max"]?.DeepClone(),
            Currency = field["currency"] is { } c && JsonText.ToText(c) is { Length: 3 } code ? code.ToUpperInvariant() : "USD",
        };
    }
}
