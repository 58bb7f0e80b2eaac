using System.Net;
using System.Net.Sockets;

namespace Workflows.Testing;

/// <summary>A port on 127.0.0.1 that nothing listens on right now, for the app or a test server of our own.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
