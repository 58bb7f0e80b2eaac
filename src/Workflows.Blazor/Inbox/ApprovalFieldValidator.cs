using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// Checks a reviewer's field values against the item's form: the defaults fill what was not sent, required
/// fields must have a value, numbers must be numbers, choices one of their options. Values come back typed.
/// </summary>
public static class ApprovalFieldValidator
{
    public static (JsonObject Values, IReadOnlyList<string> Errors) Validate(IReadOnlyList<ApprovalField> fields, JsonObject? submitted)
    {
        var values = new JsonObject();
        var errors = new List<string>();
        foreach (var name in (submitted ?? []).Select(p => p.Key).Where(n => fields.All(f => f.Name != n)))
        {
            errors.Add($"'{name}' is not a field of this item.");
        }
        foreach (var field in fields)
        {
            var raw = submitted is not null && submitted.TryGetPropertyValue(field.Name, out var sent) ? sent : field.Default;
            var (value, error) = Convert(field, raw);
            if (error is not null)
            {
                errors.Add(error);
            }
            values[field.Name] = value;
        }
        return (values, errors);
    }

    private static (JsonNode? Value, string? Error) Convert(ApprovalField field, JsonNode? raw)
    {
        var text = raw is null ? "" : JsonText.ToText(raw).Trim();
        if (text.Length == 0)
        {
            return (null, field.Required ? $"{field.Label} is required." : null);
        }
        return field.Type switch
        {
            ApprovalField.Number => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? (JsonValue.Create(number), null)
                : (null, $"{field.Label} must be a number."),
            ApprovalField.Boolean => bool.TryParse(text, out var flag) ? (JsonValue.Create(flag), null) : (null, $"{field.Label} must be true or false."),
            ApprovalField.Choice when !field.Options.Contains(text) => (null, $"{field.Label} must be one of {string.Join(", ", field.Options)}."),
            _ => (JsonValue.Create(text), null),
        };
    }
}
