using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Inbox;

/// <summary>One field of an approval's form: <c>{ name, label, type, required, default, options }</c>.</summary>
public sealed record ApprovalField(string Name, string Label, string Type, bool Required, JsonNode? Default, IReadOnlyList<string> Options)
{
    public const string Number = "number";
    public const string Text = "text";
    public const string Choice = "choice";
    public const string Boolean = "boolean";

    public static IReadOnlyList<ApprovalField> Parse(JsonArray fields) =>
        fields.OfType<JsonObject>().Where(f => f["name"] is not null).Select(FromJson).ToList();

    private static ApprovalField FromJson(JsonObject field)
    {
        var name = JsonText.ToText(field["name"]);
        var options = field["options"] is JsonArray array
            ? array.Select(o => JsonText.ToText(o is JsonObject option ? option["value"] : o)).ToList()
            : [];
        var type = (field["type"] is { } t ? JsonText.ToText(t) : null) switch
        {
            "number" or "integer" or "decimal" => Number,
            "choice" or "select" or "enum" => Choice,
            "boolean" or "checkbox" => Boolean,
            _ when options.Count > 0 => Choice,
            _ => Text,
        };
        var label = field["label"] is { } l ? JsonText.ToText(l) : name;
        var required = field["required"] is JsonValue r && r.TryGetValue<bool>(out var flag) && flag;
        return new ApprovalField(name, label, type, required, field["default"]?.DeepClone(), options);
    }
}
