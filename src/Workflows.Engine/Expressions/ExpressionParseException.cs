namespace Workflows.Engine.Expressions;

/// <summary>An expression that does not parse; <see cref="Column"/> is 1-based.</summary>
public sealed class ExpressionParseException(string reason, int column)
    : Exception($"{reason} (column {column})")
{
    public string Reason { get; } = reason;

    public int Column { get; } = column;
}
