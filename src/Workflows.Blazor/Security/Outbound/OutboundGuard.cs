using System.Net;
using System.Net.Sockets;

namespace Workflows.Blazor.Security.Outbound;

/// <summary>
/// Decides, after DNS, which addresses an outbound connection may use. It runs for every new connection
/// (see <see cref="GuardedSocketsHandler"/>), so every redirect hop is checked, and the addresses checked are
/// the addresses connected to: a name cannot resolve to a public address for a check and a private one for use.
/// </summary>
public sealed class OutboundGuard(OutboundAllowList allowList, IHostResolver resolver)
{
    /// <summary>The addresses to connect to for <paramref name="host"/>, or <see cref="OutboundRefusedException"/> when any is blocked.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, int port, CancellationToken cancellationToken)
    {
        var target = OutboundHost.Parse(host);
        var allowedByName = allowList.AllowsName(target, port);
        if (target.IsLocalhostName && !allowedByName)
        {
            throw Refused(target, port, "that name always means this machine");
        }
        var addresses = target.Address is { } literal ? [literal] : await resolver.ResolveAsync(target.Name, cancellationToken);
        if (addresses.Length == 0)
        {
            throw new SocketException((int)SocketError.HostNotFound);
        }
        if (allowedByName)
        {
            return addresses;
        }
        // One blocked address refuses the name: a name that mixes public and internal addresses is not to be trusted.
        foreach (var address in addresses)
        {
            if (!allowList.AllowsAddress(address, port) && BlockedAddresses.KindOf(address) is { } kind)
            {
                throw Refused(target, port, target.Address is null ? $"it resolves to {address}, {kind}" : $"it is {kind}");
            }
        }
        return addresses;
    }

    private static OutboundRefusedException Refused(OutboundHost target, int port, string reason)
    {
        var endpoint = target.Address?.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{target.Name}]:{port}" : $"{target.Name}:{port}";
        return new OutboundRefusedException(
            $"Refused to connect to {endpoint}: {reason}. Workflows may only call public addresses unless the host is listed in "
            + $"{OutboundOptions.SectionName}:AllowedHosts (or its network in {OutboundOptions.SectionName}:AllowedNetworks) in appsettings.json.");
    }
}
