using System.Text.RegularExpressions;

namespace Workflows.Engine.Templating;

/// <summary>Recognises HTML a designer wrote, and escapes text by Mustache's rule.</summary>
public static partial class HtmlMarkup
{
    public static bool HasTags(string text) => HtmlTag().IsMatch(text);

    /// <summary>Mustache's escaping: &amp; &lt; &gt; " and ' become entities.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }
        var escaped = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            AppendEscaped(escaped, c, strict: false);
        }
        return escaped.ToString();
    }

    /// <summary>
    /// Appends one character escaped; <paramref name="strict"/> also escapes what could end an unquoted
    /// attribute value or start a new attribute (white space, '=', '`').
    /// </summary>
    public static void AppendEscaped(System.Text.StringBuilder text, char c, bool strict)
    {
        switch (c)
        {
            case '&': text.Append("&amp;"); break;
            case '<': text.Append("&lt;"); break;
            case '>': text.Append("&gt;"); break;
            case '"': text.Append("&quot;"); break;
            case '\'': text.Append("&#39;"); break;
            case '=' or '`' when strict: text.Append("&#").Append((int)c).Append(';'); break;
            default:
                if (strict && (char.IsWhiteSpace(c) || char.IsControl(c)))
                {
                    text.Append("&#").Append((int)c).Append(';');
                }
                else
                {
                    text.Append(c);
                }
                break;
        }
    }

    [GeneratedRegex(@"<\s*/?\s*(html|head|body|p|div|a|br|hr|table|tr|td|th|tbody|thead|span|b|i|u|strong|em|h[1-6]|ul|ol|li|img|center|font|small|sup|sub|blockquote|pre|code|style)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();
}
