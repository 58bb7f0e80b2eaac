using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// Checks a reviewer's field values against the item's form: the defaults fill what was not sent, required
/// fields must have a value, numbers must be numbers within their min and max, dates dates, choices one of
/// their options. Values come back typed.
/// </summary>
public static class ApprovalFieldValidator
{
    public const string DateFormat = "yyyy-MM-dd";

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
            _ when field.IsNumeric => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? (JsonValue.Create(number), InRange(field, number))
                : (null, $"{field.Label} must be a number."),
            ApprovalField.Date => DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? (JsonValue.Create(text), InRange(field, date))
                : (null, $"{field.Label} must be a date."),
            ApprovalField.Boolean => bool.TryParse(text, out var flag) ? (JsonValue.Create(flag), null) : (null, $"{field.Label} must be yes or no."),
            ApprovalField.Choice when !field.Options.Contains(text) => (null, $"{field.Label} must be one of {string.Join(", ", field.Options)}."),
            _ => (JsonValue.Create(text), null),
        };
    }

    private static string? InRange(ApprovalField field, decimal number) =>
        Bound(field.Min) is { } min && number < min ? $"{field.Label} must be at least {ApprovalValueText.Number(field, min)}."
        : Bound(field.Max) is { } max && number > max ? $"{field.Label} must be at most {ApprovalValueText.Number(field, max)}."
        : null;

    private static string? InRange(ApprovalField field, DateOnly date) =>
        DateBound(field.Min) is { } min && date < min ? $"{field.Label} must be on or after {min.ToString(DateFormat, CultureInfo.InvariantCulture)}."
        : DateBound(field.Max) is { } max && date > max ? $"{field.Label} must be on or before {max.ToString(DateFormat, CultureInfo.InvariantCulture)}."
        : null;

    private static decimal? Bound(JsonNode? bound) =>
        bound is not null && decimal.TryParse(JsonText.ToText(bound), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateOnly? DateBound(JsonNode? bound) =>
        bound is not null && DateOnly.TryParseExact(JsonText.ToText(bound), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value : null;
}
