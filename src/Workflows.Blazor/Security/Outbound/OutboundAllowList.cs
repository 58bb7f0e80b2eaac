using System.Globalization;
using System.Net;

namespace Workflows.Blazor.Security.Outbound;

/// <summary>The hosts and networks from <see cref="OutboundOptions"/>, read once, that may be reached although they are not public.</summary>
public sealed class OutboundAllowList
{
    private readonly List<(OutboundHost Host, int? Port)> _hosts = [];
    private readonly List<IPNetwork> _networks = [];
    private readonly List<string> _problems = [];

    private OutboundAllowList(OutboundOptions options)
    {
        foreach (var entry in options.AllowedHosts)
        {
            if (TryParseHostEntry(entry, out var host, out var port))
            {
                _hosts.Add((host, port));
            }
            else
            {
                _problems.Add($"{OutboundOptions.SectionName}:AllowedHosts: '{entry}' is not a host name or IP address with an optional port, such as crm.internal or 127.0.0.1:5099.");
            }
        }
        foreach (var entry in options.AllowedNetworks)
        {
            if (IPNetwork.TryParse(entry.Trim(), out var network))
            {
                _networks.Add(network);
            }
            else
            {
                _problems.Add($"{OutboundOptions.SectionName}:AllowedNetworks: '{entry}' is not a network in CIDR notation, such as 10.20.0.0/16.");
            }
        }
    }

    /// <summary>Each entry that cannot be read, as a sentence naming the setting.</summary>
    public static IReadOnlyList<string> ProblemsIn(OutboundOptions options) => new OutboundAllowList(options)._problems;

    public static OutboundAllowList From(OutboundOptions options)
    {
        var list = new OutboundAllowList(options);
        return list._problems.Count == 0 ? list : throw new InvalidOperationException(string.Join(" ", list._problems));
    }

    /// <summary>True when the host name itself is listed: then whatever it resolves to may be reached.</summary>
    internal bool AllowsName(OutboundHost host, int port) =>
        host.Address is null && _hosts.Any(entry => entry.Host.Address is null && entry.Host.Name == host.Name && (entry.Port ?? port) == port);

    internal bool AllowsAddress(IPAddress address, int port)
    {
        address = Normalize(address);
        return _hosts.Any(entry => entry.Host.Address is { } listed && Normalize(listed).Equals(address) && (entry.Port ?? port) == port)
            || _networks.Any(network => network.Contains(address));
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    /// <summary>Reads <c>host</c>, <c>host:port</c>, <c>[v6]</c>, <c>[v6]:port</c> or a bare IPv6 address.</summary>
    private static bool TryParseHostEntry(string entry, out OutboundHost host, out int? port)
    {
        host = null!;
        port = null;
        var text = entry.Trim();
        var portSeparator = text.StartsWith('[') ? text.IndexOf("]:", StringComparison.Ordinal) + 1
            : text.Count(c => c == ':') == 1 ? text.IndexOf(':') : -1;
        if (portSeparator > 0)
        {
            if (!int.TryParse(text[(portSeparator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
            {
                return false;
            }
            port = number;
            text = text[..portSeparator];
        }
        if (!OutboundHost.TryParse(text, out var parsed))
        {
            return false;
        }
        host = parsed;
        return true;
    }
}
