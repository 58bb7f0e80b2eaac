namespace Workflows.Blazor.Messaging;

/// <summary>The parts of a web address that say where it leads.</summary>
public static class WebLinks
{
    /// <summary>How many characters of <paramref name="url"/> name its site: <c>https://shop.example</c> in <c>https://shop.example/p?x=1</c>.</summary>
    public static int SiteLength(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return url.Length;
        }
        var end = url.AsSpan(scheme + 3).IndexOfAny("/?#");
        return end < 0 ? url.Length : scheme + 3 + end;
    }
}
