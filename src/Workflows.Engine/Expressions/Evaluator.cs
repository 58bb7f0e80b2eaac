using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Expressions;

/// <summary>
/// Evaluates a parsed expression over typed values. Values are only ever compared, never parsed
/// as expression text, so data cannot change what an expression means.
/// </summary>
internal static class Evaluator
{
    public static JsonNode? Evaluate(ExpressionNode node, ITemplateScope scope, Action<string, JsonNode?>? onRead) => node switch
    {
        LiteralNode literal => literal.Value,
        PathNode path => Read(path, scope, onRead),
        NotNode not => JsonValue.Create(!JsonText.IsTruthy(Evaluate(not.Operand, scope, onRead))),
        LengthNode length => Length(Evaluate(length.Operand, scope, onRead)),
        BinaryNode { Operator: BinaryOperator.And } and =>
            JsonValue.Create(JsonText.IsTruthy(Evaluate(and.Left, scope, onRead)) && JsonText.IsTruthy(Evaluate(and.Right, scope, onRead))),
        BinaryNode { Operator: BinaryOperator.Or } or =>
            JsonValue.Create(JsonText.IsTruthy(Evaluate(or.Left, scope, onRead)) || JsonText.IsTruthy(Evaluate(or.Right, scope, onRead))),
        BinaryNode binary => JsonValue.Create(Compare(binary.Operator, Evaluate(binary.Left, scope, onRead), Evaluate(binary.Right, scope, onRead))),
        _ => throw new ExpressionEvaluationException($"unknown expression node {node.GetType().Name}"),
    };

    private static JsonNode? Read(PathNode node, ITemplateScope scope, Action<string, JsonNode?>? onRead)
    {
        JsonNode? value;
        if (node.Braced)
        {
            value = PathResolver.Resolve(node.Path, scope);
        }
        else
        {
            PathResolver.TryResolve(node.Path, scope, out value, out _);
        }
        onRead?.Invoke(node.Path.Text, value);
        return value;
    }

    private static JsonNode Length(JsonNode? value) => value switch
    {
        JsonArray array => JsonValue.Create(array.Count),
        JsonObject obj => JsonValue.Create(obj.Count),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(v.GetValue<string>().Length),
        null => JsonValue.Create(0),
        _ => throw new ExpressionEvaluationException($"{Describe(value)} has no length"),
    };

    private static bool Compare(BinaryOperator op, JsonNode? left, JsonNode? right) => op switch
    {
        BinaryOperator.Equal => ValuesEqual(left, right),
        BinaryOperator.NotEqual => !ValuesEqual(left, right),
        BinaryOperator.Greater => Order(left, right, op) > 0,
        BinaryOperator.GreaterOrEqual => Order(left, right, op) >= 0,
        BinaryOperator.Less => Order(left, right, op) < 0,
        BinaryOperator.LessOrEqual => Order(left, right, op) <= 0,
        BinaryOperator.Contains or BinaryOperator.Includes => Contains(left, right),
        BinaryOperator.StartsWith => left is not null && JsonText.ToText(left).StartsWith(JsonText.ToText(right), StringComparison.Ordinal),
        BinaryOperator.EndsWith => left is not null && JsonText.ToText(left).EndsWith(JsonText.ToText(right), StringComparison.Ordinal),
        _ => throw new ExpressionEvaluationException($"unknown operator {op}"),
    };

    /// <summary>Loose equality: numbers by value (a number and numeric text are equal), other scalars by their text, objects and lists deeply.</summary>
    private static bool ValuesEqual(JsonNode? left, JsonNode? right)
    {
        if (left is null || right is null)
        {
            return IsNull(left) && IsNull(right);
        }
        if (left is JsonValue && right is JsonValue)
        {
            // Two texts compare as text: '0042' is a zip code, not 42.
            if ((!IsString(left) || !IsString(right)) && TryNumber(left, out var a) && TryNumber(right, out var b))
            {
                return a == b;
            }
            return JsonText.ToText(left) == JsonText.ToText(right);
        }
        return JsonNode.DeepEquals(left, right);
    }

    private static int Order(JsonNode? left, JsonNode? right, BinaryOperator op)
    {
        if (TryNumber(left, out var a) && TryNumber(right, out var b))
        {
            return a.CompareTo(b);
        }
        if (IsString(left) && IsString(right))
        {
            return string.CompareOrdinal(JsonText.ToText(left), JsonText.ToText(right));
        }
        throw new ExpressionEvaluationException($"cannot compare {Describe(left)} with {Describe(right)} using {Symbol(op)}");
    }

    private static bool Contains(JsonNode? container, JsonNode? item) => container switch
    {
        null => false,
        JsonArray array => array.Any(element => ValuesEqual(element, item)),
        JsonObject obj => obj.ContainsKey(JsonText.ToText(item)),
        _ => JsonText.ToText(container).Contains(JsonText.ToText(item), StringComparison.Ordinal),
    };

    private static bool TryNumber(JsonNode? node, out double number)
    {
        if (JsonText.TryGetNumber(node, out number))
        {
            return true;
        }
        // "NaN" and "Infinity" parse as doubles but are words, not numbers.
        return IsString(node) && double.TryParse(node!.GetValue<string>(), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }

    private static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private static bool IsNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "a list",
        JsonObject => "an object",
        _ when IsString(node) => $"the text '{node.GetValue<string>()}'",
        _ => node.ToJsonString(),
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Less => "<",
        _ => "<=",
    };
}
