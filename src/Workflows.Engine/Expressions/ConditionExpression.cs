using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Expressions;

/// <summary>
/// A condition in the user guide's language, e.g. <c>{{steps.get_customer.output.totalSpent}} > 1000</c>.
/// Parsed once and cached; evaluating it never runs code.
/// </summary>
public sealed class ConditionExpression
{
    private const int MaxCached = 10_000;
    private static readonly ConcurrentDictionary<string, ConditionExpression> Cache = new(StringComparer.Ordinal);

    private ConditionExpression(string text, ExpressionNode root)
    {
        Text = text;
        Root = root;
    }

    public string Text { get; }

    public ExpressionNode Root { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="ExpressionParseException"/> with the column of the problem.</summary>
    public static ConditionExpression Parse(string text)
    {
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var expression = new ConditionExpression(text, Parser.Parse(text));
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(text, expression);
        }
        return expression;
    }

    /// <summary>True or false by the value's truthiness. <paramref name="onRead"/> sees every value read, for the step record.</summary>
    public bool Evaluate(ITemplateScope scope, Action<string, JsonNode?>? onRead = null) =>
        JsonText.IsTruthy(Evaluator.Evaluate(Root, scope, onRead));

    /// <summary>Why the expression came out as <paramref name="result"/>, in words, from the values its comparisons read.</summary>
    public string Explain(ITemplateScope scope, bool result) => Explainer.Explain(Root, scope, result);

    /// <summary>Every path the expression reads.</summary>
    public IEnumerable<PathNode> Paths() => Collect(Root);

    private static IEnumerable<PathNode> Collect(ExpressionNode node)
    {
        var pending = new Stack<ExpressionNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case PathNode path:
                    yield return path;
                    break;
                case NotNode not:
                    pending.Push(not.Operand);
                    break;
                case LengthNode length:
                    pending.Push(length.Operand);
                    break;
                case BinaryNode binary:
                    pending.Push(binary.Right);
                    pending.Push(binary.Left);
                    break;
            }
        }
    }
}
