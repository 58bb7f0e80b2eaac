using System.Net;
using System.Net.Sockets;

namespace Workflows.Blazor.Tests.Support;

/// <summary>A port on 127.0.0.1 that nothing listens on right now, for a test server of our own.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
