using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Expressions;

/// <summary>
/// Recursive-descent parser for the condition language, with JavaScript precedence:
/// <c>||</c> below <c>&amp;&amp;</c> below comparisons below <c>!</c> and <c>.length</c>.
/// </summary>
internal sealed class Parser
{
    public const int MaxDepth = 64;

    /// <summary>Bounds the operator chains too, which nest in the tree without parentheses.</summary>
    public const int MaxLength = 10_000;

    private static readonly Dictionary<string, BinaryOperator> Comparisons = new(StringComparer.Ordinal)
    {
        ["=="] = BinaryOperator.Equal,
        ["!="] = BinaryOperator.NotEqual,
        [">"] = BinaryOperator.Greater,
        [">="] = BinaryOperator.GreaterOrEqual,
        ["<"] = BinaryOperator.Less,
        ["<="] = BinaryOperator.LessOrEqual,
        ["contains"] = BinaryOperator.Contains,
        ["includes"] = BinaryOperator.Includes,
        ["startsWith"] = BinaryOperator.StartsWith,
        ["endsWith"] = BinaryOperator.EndsWith,
    };

    private readonly List<Token> _tokens;
    private int _next;
    private int _depth;

    private Parser(List<Token> tokens) => _tokens = tokens;

    private Token Current => _tokens[_next];

    public static ExpressionNode Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ExpressionParseException("the expression is empty", 1);
        }
        if (text.Length > MaxLength)
        {
            throw new ExpressionParseException($"the expression is longer than {MaxLength} characters", MaxLength);
        }
        var parser = new Parser(Lexer.Tokenize(text));
        var node = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Unexpected("an operator such as ==, && or ||");
        }
        return node;
    }

    private ExpressionNode ParseOr()
    {
        var left = ParseAnd();
        while (Current.Is(TokenKind.Operator, "||"))
        {
            _next++;
            left = new BinaryNode(left, BinaryOperator.Or, ParseAnd());
        }
        return left;
    }

    private ExpressionNode ParseAnd()
    {
        var left = ParseComparison();
        while (Current.Is(TokenKind.Operator, "&&"))
        {
            _next++;
            left = new BinaryNode(left, BinaryOperator.And, ParseComparison());
        }
        return left;
    }

    private ExpressionNode ParseComparison()
    {
        var left = ParseUnary();
        if (Current.Kind is TokenKind.Operator or TokenKind.Word && Comparisons.TryGetValue(Current.Text, out var op))
        {
            _next++;
            var right = ParseUnary();
            if (Current.Kind is TokenKind.Operator or TokenKind.Word && Comparisons.ContainsKey(Current.Text))
            {
                throw new ExpressionParseException("comparisons cannot be chained; join them with && or ||", Current.Position + 1);
            }
            return new BinaryNode(left, op, right);
        }
        return left;
    }

    private ExpressionNode ParseUnary()
    {
        if (Current.Is(TokenKind.Operator, "!"))
        {
            _next++;
            return Nested(() => new NotNode(ParseUnary()));
        }
        var operand = ParsePrimary();
        while (Current.Kind == TokenKind.Member)
        {
            if (Current.Text != "length")
            {
                throw new ExpressionParseException($"'.{Current.Text}' is not supported here; only '.length' can follow a value", Current.Position + 1);
            }
            _next++;
            operand = new LengthNode(operand);
        }
        return operand;
    }

    private ExpressionNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _next++;
                return new LiteralNode(JsonValue.Create(Number(token)));
            case TokenKind.String:
                _next++;
                return new LiteralNode(JsonValue.Create(token.Text));
            case TokenKind.TemplatePath:
                _next++;
                return new PathNode(ParsePath(token), Braced: true);
            case TokenKind.Path:
                _next++;
                return new PathNode(ParsePath(token), Braced: false);
            case TokenKind.Word:
                _next++;
                return token.Text switch
                {
                    "true" => new LiteralNode(JsonValue.Create(true)),
                    "false" => new LiteralNode(JsonValue.Create(false)),
                    "null" => new LiteralNode(null),
                    _ when Comparisons.ContainsKey(token.Text) =>
                        throw new ExpressionParseException($"'{token.Text}' needs a value on its left", token.Position + 1),
                    _ => new PathNode(ParsePath(token), Braced: false),
                };
            case TokenKind.Operator when token.Text == "(":
                _next++;
                var inner = Nested(ParseOr);
                if (!Current.Is(TokenKind.Operator, ")"))
                {
                    throw Unexpected("')' to close the '(' at column " + (token.Position + 1));
                }
                _next++;
                return inner;
            case TokenKind.Operator when token.Text == "-":
                _next++;
                if (Current.Kind != TokenKind.Number)
                {
                    throw Unexpected("a number after '-'");
                }
                var number = Current;
                _next++;
                return new LiteralNode(JsonValue.Create(-Number(number)));
            default:
                throw Unexpected("a value: a {{path}}, a number, 'text', true, false or null");
        }
    }

    private ExpressionNode Nested(Func<ExpressionNode> parse)
    {
        if (++_depth > MaxDepth)
        {
            throw new ExpressionParseException($"the expression is nested more than {MaxDepth} levels deep", Current.Position + 1);
        }
        var node = parse();
        _depth--;
        return node;
    }

    /// <summary>A literal's value; one too large for a double would be infinity, which JSON cannot hold.</summary>
    private static double Number(Token token)
    {
        var value = double.Parse(token.Text, CultureInfo.InvariantCulture);
        return double.IsFinite(value)
            ? value
            : throw new ExpressionParseException($"the number {token.Text[..Math.Min(token.Text.Length, 20)]}… is too large", token.Position + 1);
    }

    private static TemplatePath ParsePath(Token token)
    {
        try
        {
            return TemplatePath.Parse(token.Text);
        }
        catch (TemplateSyntaxException ex)
        {
            throw new ExpressionParseException(ex.Message, token.Position + 1);
        }
    }

    private ExpressionParseException Unexpected(string expected)
    {
        var found = Current.Kind == TokenKind.End ? "the end of the expression" : $"'{Current.Text}'";
        return new ExpressionParseException($"expected {expected} but found {found}", Current.Position + 1);
    }
}
