using System.Text;

namespace Workflows.Engine.Expressions;

/// <summary>Splits an expression into tokens. Word operators and literals are recognised by the parser.</summary>
internal static class Lexer
{
    private static readonly string[] Operators = ["==", "!=", ">=", "<=", "&&", "||", ">", "<", "!", "(", ")", "-"];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '{' && At(text, i, "{{"))
            {
                var close = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    throw new ExpressionParseException("'{{' is never closed with '}}'", i + 1);
                }
                tokens.Add(new Token(TokenKind.TemplatePath, text[(i + 2)..close].Trim(), i));
                i = close + 2;
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(ReadString(text, ref i));
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(text, ref i));
            }
            else if (c == '.' && i + 1 < text.Length && IsNameStart(text[i + 1]))
            {
                var start = i++;
                while (i < text.Length && IsNameChar(text[i]))
                {
                    i++;
                }
                tokens.Add(new Token(TokenKind.Member, text[(start + 1)..i], start));
            }
            else if (IsNameStart(c))
            {
                tokens.Add(ReadName(text, ref i));
            }
            else if (Operators.FirstOrDefault(op => At(text, i, op)) is { } op)
            {
                tokens.Add(new Token(TokenKind.Operator, op, i));
                i += op.Length;
            }
            else
            {
                throw new ExpressionParseException($"unexpected character '{c}'", i + 1);
            }
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }

    private static Token ReadString(string text, ref int i)
    {
        var quote = text[i];
        var start = i++;
        var value = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
            }
            value.Append(text[i++]);
        }
        if (i >= text.Length)
        {
            throw new ExpressionParseException($"text starting with {quote} is never closed", start + 1);
        }
        i++;
        return new Token(TokenKind.String, value.ToString(), start);
    }

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        var seenPoint = false;
        while (i < text.Length && (char.IsAsciiDigit(text[i])
            || (text[i] == '.' && !seenPoint && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            seenPoint |= text[i] == '.';
            i++;
        }
        return new Token(TokenKind.Number, text[start..i], start);
    }

    /// <summary>A bare name or path such as <c>totalSpent</c>, <c>contains</c> or <c>customer.tags[0]</c>.</summary>
    private static Token ReadName(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (IsNameChar(text[i]) || text[i] == '[' || text[i] == ']'
            || (text[i] == '.' && i + 1 < text.Length && IsNameStart(text[i + 1]))))
        {
            i++;
        }
        var name = text[start..i];
        return new Token(name.Contains('.') || name.Contains('[') ? TokenKind.Path : TokenKind.Word, name, start);
    }

    private static bool At(string text, int i, string expected) => string.CompareOrdinal(text, i, expected, 0, expected.Length) == 0;

    private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or '$';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
