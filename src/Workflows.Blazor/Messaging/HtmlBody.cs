using System.Text;
using System.Text.RegularExpressions;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Messaging;

/// <summary>
/// A text message as the HTML part of an email: escaped, its line breaks kept, and its web links made
/// clickable only where the designer wrote them, never where they arrived in data.
/// </summary>
public static partial class HtmlBody
{
    public static string FromText(RenderedMessage text)
    {
        var body = text.Body;
        var html = new StringBuilder(body.Length + 64);
        var position = 0;
        foreach (Match link in BareLink().Matches(body))
        {
            if (text.IsData(link.Index, link.Index + WebLinks.SiteLength(link.Value)))
            {
                continue;
            }
            AppendText(html, body, position, link.Index);
            var url = HtmlMarkup.Escape(link.Value);
            html.Append("<a href=\"").Append(url).Append("\">").Append(url).Append("</a>");
            position = link.Index + link.Length;
        }
        AppendText(html, body, position, body.Length);
        return html.ToString();
    }

    private static void AppendText(StringBuilder html, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                html.Append("<br>\n");
            }
            else if (!MessageText.IsInvisibleControl(c))
            {
                HtmlMarkup.AppendEscaped(html, c, strict: false);
            }
        }
    }

    [GeneratedRegex(@"https?://[^\s<>""']+", RegexOptions.IgnoreCase)]
    private static partial Regex BareLink();
}
