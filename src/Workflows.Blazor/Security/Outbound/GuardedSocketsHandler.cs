using System.Net;
using System.Net.Sockets;

namespace Workflows.Blazor.Security.Outbound;

/// <summary>The primary handler of guarded HTTP clients: every connection is opened through <see cref="OutboundGuard"/>.</summary>
public static class GuardedSocketsHandler
{
    public static SocketsHttpHandler Create(OutboundGuard guard) => new()
    {
        // Through a proxy the connection would go to the proxy's address, and the target would not be checked.
        UseProxy = false,
        // RedirectFollowingHandler follows redirects, so each Location's scheme is checked too.
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(guard, context.DnsEndPoint, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(OutboundGuard guard, DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var addresses = await guard.ResolveAsync(endPoint.Host, endPoint.Port, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
