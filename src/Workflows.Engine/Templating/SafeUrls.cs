using System.Net;

namespace Workflows.Engine.Templating;

/// <summary>
/// The addresses a link or image of an HTML message may have once data has written part of them: web
/// (http, https) and email (mailto) addresses, or addresses relative to the page. Anything else, such as
/// <c>javascript:</c>, <c>data:</c> or <c>vbscript:</c>, is refused.
/// </summary>
internal static class SafeUrls
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "srcset", "action", "formaction", "background", "poster", "cite", "longdesc", "lowsrc", "dynsrc",
        "xlink:href", "data", "codebase", "classid", "archive", "ping", "manifest", "icon", "profile", "usemap",
    };

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsUrlAttribute(string name) => UrlAttributes.Contains(name);

    /// <summary>True when <paramref name="attributeValue"/> (as written in the HTML) is a web, email or relative address.</summary>
    public static bool IsAllowed(string attributeValue)
    {
        // Browsers decode entities first, then URL parsers drop white space and control characters.
        var decoded = WebUtility.HtmlDecode(attributeValue);
        var compact = string.Concat(decoded.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        var end = compact.AsSpan().IndexOfAny(":/?#");
        if (end < 0 || compact[end] != ':')
        {
            return true;
        }
        var scheme = compact[..end];
        return AllowedSchemes.Any(allowed => allowed.Equals(scheme, StringComparison.OrdinalIgnoreCase));
    }
}
