using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Inbox;

/// <summary>How the inbox writes values for a reviewer: labels from keys, grouped numbers, money, percentages and dates.</summary>
public static partial class ApprovalValueText
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>"totalSpent" and "total_spent" read "Total spent"; a key that already has spaces is kept as written.</summary>
    public static string Label(string key)
    {
        if (key.Contains(' ') || key.Length == 0)
        {
            return key;
        }
        var words = WordBreak().Replace(key.Replace('_', ' ').Replace('-', ' '), " $1").Trim().ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>A number as a field of its kind shows it: money with its currency, percent with %, else grouped.</summary>
    public static string Number(ApprovalField field, decimal number) => field.Type switch
    {
        ApprovalField.Money => Money(number, field.Currency),
        ApprovalField.Percent => $"{Grouped(number)}%",
        _ => Grouped(number),
    };

    public static string Money(decimal amount, string currency) => $"{CurrencySymbol(currency)}{amount.ToString("N2", Culture)}";

    /// <summary>"$" for USD, "€" for EUR, "£" for GBP; other currencies by their code and a space.</summary>
    public static string CurrencySymbol(string currency) => currency switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        _ => $"{currency} ",
    };

    /// <summary>1000 reads "1,000"; 555.9 reads "555.90".</summary>
    public static string Grouped(decimal number) => number.ToString(number % 1 == 0 ? "N0" : "N2", Culture);

    /// <summary>A scalar value as text: yes / no, grouped numbers (ids and codes as written), dates without seconds.</summary>
    public static string Scalar(string key, JsonNode? value)
    {
        if (value is null || value.GetValueKind() == JsonValueKind.Null)
        {
            return "—";
        }
        var kind = value.GetValueKind();
        if (kind is JsonValueKind.True or JsonValueKind.False)
        {
            return kind == JsonValueKind.True ? "Yes" : "No";
        }
        if (kind == JsonValueKind.Number && !IsCode(key) && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, Culture, out var number))
        {
            return Grouped(number);
        }
        var text = JsonText.ToText(value);
        if (text.Contains('T') && text.Length >= 16
            && DateTimeOffset.TryParse(text, Culture, DateTimeStyles.AssumeUniversal, out var time))
        {
            var utc = time.ToUniversalTime();
            return utc.TimeOfDay == TimeSpan.Zero ? utc.ToString("yyyy-MM-dd", Culture) : utc.ToString("yyyy-MM-dd HH:mm 'UTC'", Culture);
        }
        return text;
    }

    private static bool IsCode(string key) =>
        key.Equals("id", StringComparison.OrdinalIgnoreCase) || key.EndsWith("Id", StringComparison.Ordinal)
        || key.EndsWith("_id", StringComparison.Ordinal) || key.Contains("phone", StringComparison.OrdinalIgnoreCase)
        || key.Contains("zip", StringComparison.OrdinalIgnoreCase) || key.Contains("year", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordBreak();
}
