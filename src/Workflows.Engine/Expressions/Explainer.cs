using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Expressions;

/// <summary>
/// Says in words why a condition came out as it did, from the values its top-level comparisons read:
/// "555.90 is not greater than 1,000 → false". Clauses joined by AND or OR are explained as far as the
/// evaluation went (an AND stops at its first false clause, an OR at its first true one).
/// </summary>
internal static class Explainer
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Explain(ExpressionNode root, ITemplateScope scope, bool result)
    {
        var parts = new List<string>();
        var clauses = new Stack<ExpressionNode>();
        var joiner = root is BinaryNode { Operator: BinaryOperator.And or BinaryOperator.Or } top ? top.Operator : (BinaryOperator?)null;
        clauses.Push(root);
        while (clauses.Count > 0)
        {
            var clause = clauses.Pop();
            if (clause is BinaryNode { Operator: BinaryOperator.And or BinaryOperator.Or } group && group.Operator == joiner)
            {
                clauses.Push(group.Right);
                clauses.Push(group.Left);
                continue;
            }
            var (text, holds) = Clause(clause, scope);
            parts.Add(text);
            if ((joiner == BinaryOperator.And && !holds) || (joiner == BinaryOperator.Or && holds))
            {
                break;
            }
        }
        var separator = joiner == BinaryOperator.Or ? " or " : " and ";
        return $"{string.Join(separator, parts)} → {(result ? "true" : "false")}";
    }

    private static (string Text, bool Holds) Clause(ExpressionNode clause, ITemplateScope scope)
    {
        if (clause is BinaryNode { Operator: not (BinaryOperator.And or BinaryOperator.Or) } comparison)
        {
            var left = Evaluator.Evaluate(comparison.Left, scope, null);
            var right = Evaluator.Evaluate(comparison.Right, scope, null);
            var holds = JsonText.IsTruthy(Evaluator.Evaluate(comparison, scope, null));
            return ($"{Describe(left)} {Verb(comparison.Operator, holds)} {Describe(right)}", holds);
        }
        var value = Evaluator.Evaluate(clause, scope, null);
        var truthy = JsonText.IsTruthy(value);
        return clause is NotNode or BinaryNode
            ? ($"({Describe(value)})", truthy)
            : ($"{Describe(value)} counts as {(truthy ? "yes" : "no")}", truthy);
    }

    private static string Verb(BinaryOperator op, bool holds) => (op, holds) switch
    {
        (BinaryOperator.Equal, true) or (BinaryOperator.NotEqual, false) => "equals",
        (BinaryOperator.Equal, false) or (BinaryOperator.NotEqual, true) => "does not equal",
        (BinaryOperator.Greater, _) => holds ? "is greater than" : "is not greater than",
        (BinaryOperator.GreaterOrEqual, _) => holds ? "is at least" : "is less than",
        (BinaryOperator.Less, _) => holds ? "is less than" : "is not less than",
        (BinaryOperator.LessOrEqual, _) => holds ? "is at most" : "is more than",
        (BinaryOperator.Contains or BinaryOperator.Includes, _) => holds ? "contains" : "does not contain",
        (BinaryOperator.StartsWith, _) => holds ? "starts with" : "does not start with",
        (BinaryOperator.EndsWith, _) => holds ? "ends with" : "does not end with",
        _ => holds ? "matches" : "does not match",
    };

    /// <summary>Numbers grouped (555.9 reads 555.90, 1000 reads 1,000), text in quotes, lists by their size.</summary>
    private static string Describe(JsonNode? value) => value switch
    {
        null => "nothing",
        JsonArray list => list.Count == 0 ? "an empty list" : $"a list of {list.Count}",
        JsonObject => "a record",
        _ => value.GetValueKind() switch
        {
            JsonValueKind.Null => "nothing",
            JsonValueKind.String => $"'{value.GetValue<string>()}'",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Number when decimal.TryParse(value.ToJsonString(), NumberStyles.Float, Culture, out var number) =>
                number.ToString(number % 1 == 0 ? "N0" : "N2", Culture),
            _ => value.ToJsonString(),
        },
    };
}
