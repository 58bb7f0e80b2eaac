using System.Globalization;
using System.Text.RegularExpressions;

namespace Workflows.Engine.Expressions.Conditions;

/// <summary>A value a row compares with, as the user sees it (<see cref="Text"/>) and as it is written.</summary>
public sealed partial record ConditionValue(string Text, ConditionValueKind Kind)
{
    public static ConditionValue Null { get; } = new("null", ConditionValueKind.Null);

    /// <summary>
    /// What the user typed, as a value for a field of <paramref name="type"/>: numbers stay numbers unless the field is text,
    /// yes/no words become true/false unless the field is text, and numbers with a leading zero (zip codes) stay text.
    /// </summary>
    public static ConditionValue FromInput(string? input, ConditionFieldType type)
    {
        var text = input ?? "";
        if (type != ConditionFieldType.Text && NumberLiteral().IsMatch(text) && !LeadingZero().IsMatch(text))
        {
            return new ConditionValue(text, ConditionValueKind.Number);
        }
        if (type is ConditionFieldType.Boolean or ConditionFieldType.Unknown && text is "true" or "false")
        {
            return new ConditionValue(text, ConditionValueKind.Boolean);
        }
        return new ConditionValue(text, ConditionValueKind.Text);
    }

    /// <summary>The value as the expression language writes it.</summary>
    public string ToExpression() => Kind switch
    {
        ConditionValueKind.Text => $"'{Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}'",
        ConditionValueKind.Number when NumberLiteral().IsMatch(Text) => Text,
        ConditionValueKind.Number => throw new ArgumentException($"'{Text}' is not a number"),
        _ => Text,
    };

    /// <summary>The value for a summary: numbers with thousands separators (1,000), text as it is.</summary>
    public string ToSummary() => Kind switch
    {
        ConditionValueKind.Number => double.Parse(Text, CultureInfo.InvariantCulture).ToString("#,0.##########", CultureInfo.InvariantCulture),
        ConditionValueKind.Text when Text.Length == 0 => "(no text)",
        ConditionValueKind.Null => "nothing",
        _ => Text,
    };

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NumberLiteral();

    [GeneratedRegex(@"^-?0[0-9]")]
    private static partial Regex LeadingZero();
}
