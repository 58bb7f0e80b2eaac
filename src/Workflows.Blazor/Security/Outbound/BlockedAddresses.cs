using System.Net;
using System.Net.Sockets;

namespace Workflows.Blazor.Security.Outbound;

/// <summary>
/// Addresses outbound HTTP from workflows may not reach unless allowed: loopback, private, link-local,
/// cloud metadata, multicast and the other non-public ranges, also when an IPv6 address carries one inside.
/// </summary>
public static class BlockedAddresses
{
    private static readonly (IPNetwork Network, string Kind)[] Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "a 'this network' address (0.0.0.0/8)"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a shared carrier-grade NAT address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.169.254/32"), "the cloud metadata address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.0.0.0/24"), "a reserved address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a reserved address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("255.255.255.255/32"), "the broadcast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
        (IPNetwork.Parse("::/128"), "the unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a private address (local NAT64)"),
        (IPNetwork.Parse("100::/64"), "a reserved address"),
        (IPNetwork.Parse("fc00::/7"), "a private address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a private address (site-local)"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    /// <summary>IPv6 ranges that carry an IPv4 address, which is what such an address may end up reaching.</summary>
    private static readonly (IPNetwork Network, int Offset, bool Inverted, string Name)[] Embeddings =
    [
        (IPNetwork.Parse("::/96"), 12, false, "an IPv4-compatible address"),
        (IPNetwork.Parse("64:ff9b::/96"), 12, false, "a NAT64 address"),
        (IPNetwork.Parse("2002::/16"), 2, false, "a 6to4 address"),
        (IPNetwork.Parse("2001::/32"), 4, false, "a Teredo server address"),
        (IPNetwork.Parse("2001::/32"), 12, true, "a Teredo client address"),
    ];

    /// <summary>What kind of blocked address this is, as a phrase ("a loopback address"), or null when it is public.</summary>
    public static string? KindOf(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return KindOf(address.MapToIPv4());
        }
        foreach (var (network, kind) in Ranges)
        {
            if (network.Contains(address))
            {
                return kind;
            }
        }
        return address.AddressFamily == AddressFamily.InterNetworkV6 ? KindOfEmbedded(address) : null;
    }

    private static string? KindOfEmbedded(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        foreach (var (network, offset, inverted, name) in Embeddings)
        {
            if (!network.Contains(address))
            {
                continue;
            }
            var inner = bytes[offset..(offset + 4)];
            if (inverted)
            {
                for (var i = 0; i < inner.Length; i++)
                {
                    inner[i] = (byte)~inner[i];
                }
            }
            var embedded = new IPAddress(inner);
            if (KindOf(embedded) is { } kind)
            {
                return $"{kind} ({embedded}) inside {name}";
            }
        }
        return null;
    }
}
