using System.Net;

namespace Workflows.Blazor.Security.Outbound;

/// <summary>
/// Follows up to <see cref="MaxRedirects"/> redirects itself, so that each Location must be http or https and
/// each hop connects through the guard. Credentials are not carried to another origin.
/// </summary>
public sealed class RedirectFollowingHandler : DelegatingHandler
{
    public const int MaxRedirects = 5;

    private static readonly string[] CredentialHeaders = ["Authorization", "Proxy-Authorization", "Cookie"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        for (var redirects = 0; IsRedirect(response.StatusCode) && response.Headers.Location is { } location; redirects++)
        {
            var target = new Uri(request.RequestUri!, location);
            var status = response.StatusCode;
            response.Dispose();
            if (redirects == MaxRedirects)
            {
                throw new HttpRequestException($"Stopped after {MaxRedirects} redirects; the next one pointed to {target}.");
            }
            request = NextRequest(request, status, OutboundUrl.Check(target));
            response = await base.SendAsync(request, cancellationToken);
        }
        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The request to send next, changing the method the way browsers (and .NET's own handler) do.</summary>
    private static HttpRequestMessage NextRequest(HttpRequestMessage previous, HttpStatusCode status, Uri target)
    {
        var becomesGet = (status == HttpStatusCode.SeeOther && previous.Method != HttpMethod.Head)
            || (status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && previous.Method == HttpMethod.Post);
        var next = new HttpRequestMessage(becomesGet ? HttpMethod.Get : previous.Method, target)
        {
            Content = becomesGet ? null : previous.Content,
            Version = previous.Version,
            VersionPolicy = previous.VersionPolicy,
        };
        var sameOrigin = Uri.Compare(previous.RequestUri, target, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        foreach (var (name, values) in previous.Headers)
        {
            if (sameOrigin || !CredentialHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                next.Headers.TryAddWithoutValidation(name, values);
            }
        }
        return next;
    }
}
