using System.Net;
using System.Text.RegularExpressions;

namespace Workflows.Blazor.Messaging;

/// <summary>An email body as HTML: simple HTML stays as written, plain text is escaped with its links and line breaks kept.</summary>
public static partial class HtmlBody
{
    public static bool IsHtml(string body) => HtmlTag().IsMatch(body);

    public static string From(string body) => IsHtml(body) ? body : FromText(body);

    private static string FromText(string text)
    {
        var encoded = WebUtility.HtmlEncode(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        var linked = BareLink().Replace(encoded, link => $"<a href=\"{link.Value}\">{link.Value}</a>");
        return linked.Replace("\n", "<br>\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<\s*/?\s*(html|body|p|div|a|br|table|span|b|i|u|strong|em|h[1-6]|ul|ol|li|img)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex BareLink();
}
