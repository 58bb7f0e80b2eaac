using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Net.Sockets;

namespace Workflows.Blazor.Security.Outbound;

/// <summary>
/// A host as the guard compares it: lower case, without IPv6 brackets or a trailing dot, and with its
/// address when it is an IP literal in any spelling. Anything else that is not a plain DNS name is unreadable.
/// </summary>
internal sealed record OutboundHost(string Name, IPAddress? Address)
{
    /// <summary><c>localhost</c> and <c>*.localhost</c> always mean this machine (RFC 6761), whatever DNS says.</summary>
    public bool IsLocalhostName => Address is null && (Name == "localhost" || Name.EndsWith(".localhost", StringComparison.Ordinal));

    public static OutboundHost Parse(string host) => TryParse(host, out var parsed)
        ? parsed
        : throw new OutboundRefusedException($"Refused to connect to '{host}': it is neither a DNS name nor an IP address.");

    public static bool TryParse(string host, [NotNullWhen(true)] out OutboundHost? parsed)
    {
        parsed = null;
        var name = host.Trim().ToLowerInvariant();
        if (name.Length > 2 && name[0] == '[' && name[^1] == ']')
        {
            name = name[1..^1];
        }
        if (name.Contains(':'))
        {
            // A zone in a URL is written %25eth0; IPAddress reads it as %eth0.
            if (IPAddress.TryParse(name.Replace("%25", "%", StringComparison.Ordinal), out var v6) && v6.AddressFamily == AddressFamily.InterNetworkV6)
            {
                parsed = new OutboundHost(v6.ToString(), v6);
            }
            return parsed is not null;
        }
        if (name.EndsWith('.'))
        {
            name = name[..^1];
        }
        if (name.Length > 0 && NumericIPv4.EndsInNumber(name))
        {
            if (NumericIPv4.TryParse(name, out var v4))
            {
                parsed = new OutboundHost(v4.ToString(), v4);
            }
            return parsed is not null;
        }
        if (name.Length is > 0 and <= 253 && name.Split('.').All(label => label.Length is > 0 and <= 63 && label.All(IsNameCharacter)))
        {
            parsed = new OutboundHost(name, null);
        }
        return parsed is not null;
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_';
}
