using System.Net;

namespace Workflows.Blazor.Security.Outbound;

/// <summary>The system's resolver (hosts file, then DNS).</summary>
public sealed class DnsHostResolver : IHostResolver
{
    public Task<IPAddress[]> ResolveAsync(string hostName, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(hostName, cancellationToken);
}
