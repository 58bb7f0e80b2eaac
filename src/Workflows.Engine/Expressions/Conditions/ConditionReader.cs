using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Engine.Expressions.Conditions;

/// <summary>
/// Reads a condition written in the expression language into builder rows, using the engine's own parser. Chains of the
/// same joiner become one group; a parenthesised group on the right of its own joiner stays a nested group; an OR of
/// "is" rows on one field becomes "is one of".
/// </summary>
public static class ConditionReader
{
    /// <summary>The rows of <paramref name="text"/>; <c>true</c> (always) and an empty text have none.</summary>
    public static ConditionReading Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ConditionReading(new ConditionGroup(ConditionJoiner.And, []), null);
        }
        ExpressionNode root;
        try
        {
            root = ConditionExpression.Parse(text).Root;
        }
        catch (ExpressionParseException ex)
        {
            return new ConditionReading(null, ex.Message);
        }
        try
        {
            var always = root is LiteralNode { Value: JsonValue value } && value.GetValueKind() == JsonValueKind.True;
            return new ConditionReading(always ? new ConditionGroup(ConditionJoiner.And, []) : Item(root) switch
            {
                ConditionGroup group => group,
                var item => new ConditionGroup(ConditionJoiner.And, [item]),
            }, null);
        }
        catch (UnsupportedConditionException ex)
        {
            return new ConditionReading(null, ex.Message);
        }
    }

    private static ConditionItem Item(ExpressionNode node) => node is BinaryNode { Operator: BinaryOperator.And or BinaryOperator.Or } joined
        ? OneOf(Group(joined))
        : Row(node);

    private static ConditionGroup Group(BinaryNode node)
    {
        var op = node.Operator;
        var parts = new Stack<ExpressionNode>();
        ExpressionNode current = node;
        while (current is BinaryNode chain && chain.Operator == op)
        {
            parts.Push(chain.Right);
            current = chain.Left;
        }
        parts.Push(current);
        return new ConditionGroup(op == BinaryOperator.And ? ConditionJoiner.And : ConditionJoiner.Or, [.. parts.Select(Item)]);
    }

    /// <summary>A nested OR of "is" rows on one field reads as one "is one of" row.</summary>
    private static ConditionItem OneOf(ConditionGroup group)
    {
        var rows = group.Items.OfType<ConditionRow>().ToList();
        return group.Joiner == ConditionJoiner.Or && rows.Count == group.Items.Count && rows.Count > 1
            && rows.All(r => r.Operator == ConditionOperator.EqualTo && Equals(r.Field, rows[0].Field))
            ? new ConditionRow(rows[0].Field, ConditionOperator.IsOneOf, [.. rows.SelectMany(r => r.Values)])
            : group;
    }

    private static ConditionRow Row(ExpressionNode node)
    {
        if (node is not BinaryNode binary)
        {
            throw new UnsupportedConditionException(node switch
            {
                NotNode => "it uses 'not' (!)",
                _ => "it checks a value without comparing it with anything",
            });
        }
        if (binary.Right is not LiteralNode literal)
        {
            throw new UnsupportedConditionException("it compares a field with another field");
        }
        var value = Value(literal);
        return binary.Left switch
        {
            PathNode path => new ConditionRow(Field(path), Plain(binary.Operator), [value]),
            LengthNode { Operand: PathNode path } => OnLength(Field(path), binary.Operator, value),
            LiteralNode => throw new UnsupportedConditionException("it starts with a fixed value instead of a field"),
            _ => throw new UnsupportedConditionException("it uses a calculation the builder has no row for"),
        };
    }

    private static ConditionField Field(PathNode path) => new(path.Path.Text, path.Braced);

    private static ConditionOperator Plain(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => ConditionOperator.EqualTo,
        BinaryOperator.NotEqual => ConditionOperator.NotEqualTo,
        BinaryOperator.Greater => ConditionOperator.GreaterThan,
        BinaryOperator.GreaterOrEqual => ConditionOperator.AtLeast,
        BinaryOperator.Less => ConditionOperator.LessThan,
        BinaryOperator.LessOrEqual => ConditionOperator.AtMost,
        BinaryOperator.Contains => ConditionOperator.Contains,
        BinaryOperator.Includes => ConditionOperator.Includes,
        BinaryOperator.StartsWith => ConditionOperator.StartsWith,
        BinaryOperator.EndsWith => ConditionOperator.EndsWith,
        _ => throw new UnsupportedConditionException($"it uses {op}"),
    };

    private static ConditionRow OnLength(ConditionField field, BinaryOperator op, ConditionValue value)
    {
        if (value.Kind != ConditionValueKind.Number)
        {
            throw new UnsupportedConditionException("it compares a length with something that is not a number");
        }
        var zero = value.Text == "0";
        return op switch
        {
            BinaryOperator.Equal when zero => new ConditionRow(field, ConditionOperator.IsEmpty, []),
            BinaryOperator.Greater when zero => new ConditionRow(field, ConditionOperator.IsNotEmpty, []),
            BinaryOperator.Equal => new ConditionRow(field, ConditionOperator.LengthIs, [value]),
            BinaryOperator.NotEqual => new ConditionRow(field, ConditionOperator.LengthIsNot, [value]),
            BinaryOperator.Greater => new ConditionRow(field, ConditionOperator.LengthGreaterThan, [value]),
            BinaryOperator.GreaterOrEqual => new ConditionRow(field, ConditionOperator.LengthAtLeast, [value]),
            BinaryOperator.Less => new ConditionRow(field, ConditionOperator.LengthLessThan, [value]),
            BinaryOperator.LessOrEqual => new ConditionRow(field, ConditionOperator.LengthAtMost, [value]),
            _ => throw new UnsupportedConditionException("it checks a length with an operator the builder has no row for"),
        };
    }

    private static ConditionValue Value(LiteralNode literal) => literal.Value switch
    {
        null => ConditionValue.Null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => new ConditionValue(v.GetValue<string>(), ConditionValueKind.Text),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => new ConditionValue(v.GetValueKind() == JsonValueKind.True ? "true" : "false", ConditionValueKind.Boolean),
        JsonValue v => new ConditionValue(v.GetValue<double>().ToString("0.##################", CultureInfo.InvariantCulture), ConditionValueKind.Number),
        _ => throw new UnsupportedConditionException("it compares with a value the builder cannot show"),
    };
}
