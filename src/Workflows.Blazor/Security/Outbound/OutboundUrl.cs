namespace Workflows.Blazor.Security.Outbound;

/// <summary>The URLs outbound HTTP accepts: absolute, http or https, with a host.</summary>
public static class OutboundUrl
{
    public static Uri Parse(string text) => Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url)
        ? Check(url)
        : throw new OutboundRefusedException($"'{text}' is not an absolute URL such as https://api.example.com/orders.");

    public static Uri Check(Uri url) => url.Scheme is "http" or "https" && url.Host.Length > 0
        ? url
        : throw new OutboundRefusedException($"Refused to request '{url}': only http and https URLs can be requested.");
}
