using System.Net;
using System.Net.Sockets;
using Workflows.Blazor.Security.Outbound;

namespace Workflows.Blazor.Tests.Actions.Integration;

/// <summary>
/// DNS from a table: tests name hosts that resolve wherever they need (a rebinding name, a metadata name)
/// without asking any DNS server. Names not in the table do not exist.
/// </summary>
internal sealed class MapResolver : IHostResolver
{
    private readonly Dictionary<string, IPAddress[]> _table = new(StringComparer.Ordinal)
    {
        ["metadata.google.internal"] = [IPAddress.Parse("169.254.169.254")],
        ["127.0.0.1.nip.io"] = [IPAddress.Loopback],
        ["loopback6.example"] = [IPAddress.IPv6Loopback],
        ["evil.example"] = [IPAddress.Parse("127.0.0.1")],
        ["rebind.example"] = [IPAddress.Parse("203.0.113.7"), IPAddress.Parse("10.0.0.5")],
        ["mapped.example"] = [IPAddress.Parse("::ffff:192.168.1.1")],
        ["v6-metadata.example"] = [IPAddress.Parse("fd00:ec2::254")],
        ["crm.internal"] = [IPAddress.Parse("10.1.2.3")],
        ["public.example"] = [IPAddress.Parse("203.0.113.7"), IPAddress.Parse("2001:db8::7")],
    };

    public Task<IPAddress[]> ResolveAsync(string hostName, CancellationToken cancellationToken) =>
        _table.TryGetValue(hostName, out var addresses)
            ? Task.FromResult(addresses)
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
}
