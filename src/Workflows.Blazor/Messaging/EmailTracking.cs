using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Messaging;

/// <summary>
/// Adds an open pixel (<c>/t/o/{token}.gif</c>) to an HTML email and sends its web links through the signed
/// click endpoint (<c>/t/c/{token}?u=&amp;s=</c>), both on the app's public URL. Only links whose site the
/// designer wrote are tracked: a link whose site came from data (the data ranges given)
/// stays as it is, so no customer can have the brand's tracking vouch for their link.
/// </summary>
public sealed partial class EmailTracking(TrackingKeys keys, IOptions<MessagingOptions> options)
{
    public string PixelUrl(string token) => $"{options.Value.BaseUrl}/t/o/{token}.gif";

    public async Task<string> TrackAsync(string html, IReadOnlyList<TextRange> dataRanges, string token, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(cancellationToken);
        var tracked = WebLink().Replace(html, link =>
        {
            var written = link.Groups["url"];
            var siteEnd = written.Index + WebLinks.SiteLength(written.Value);
            if (dataRanges.Any(range => range.Overlaps(written.Index, siteEnd)))
            {
                return link.Value;
            }
            var url = WebUtility.HtmlDecode(link.Groups["url"].Value);
            var click = $"{options.Value.BaseUrl}/t/c/{token}?u={Uri.EscapeDataString(url)}&s={TrackingSignature.Sign(key, token, url)}";
            return $"{link.Groups["attr"].Value}{link.Groups["q"].Value}{WebUtility.HtmlEncode(click)}{link.Groups["q"].Value}";
        });
        var pixel = $"<img src=\"{PixelUrl(token)}\" width=\"1\" height=\"1\" alt=\"\" style=\"display:none\">";
        var bodyEnd = tracked.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return bodyEnd >= 0 ? tracked.Insert(bodyEnd, pixel) : tracked + "\n" + pixel;
    }

    [GeneratedRegex("""(?<attr>\bhref\s*=\s*)(?<q>["'])(?<url>https?://[^"'\s]+)\k<q>""", RegexOptions.IgnoreCase)]
    private static partial Regex WebLink();
}
