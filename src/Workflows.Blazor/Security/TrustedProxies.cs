using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Workflows.Blazor.Security;

/// <summary>
/// Behind a reverse proxy, the client's address (which the rate limits count by) and the scheme (https) arrive in
/// forwarded headers. They are believed only from the proxies set in <see cref="TrustedProxySettings"/>: anyone else
/// could send them to pass as another client.
/// </summary>
public static class TrustedProxies
{
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(TrustedProxySettings.Section).Get<TrustedProxySettings>() ?? new();
        // With no proxy known, the framework's middleware would believe every sender, so it is left out altogether.
        if (settings.KnownProxies.Length == 0 && settings.KnownNetworks.Length == 0)
        {
            return app;
        }
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{TrustedProxySettings.Section}:KnownProxies has '{proxy}', which is not an IP address."));
        }
        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{TrustedProxySettings.Section}:KnownNetworks has '{network}', which is not a network such as 10.0.0.0/24."));
        }
        app.UseForwardedHeaders(options);
        return app;
    }
}
