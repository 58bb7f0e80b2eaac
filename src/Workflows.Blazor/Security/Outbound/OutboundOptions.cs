namespace Workflows.Blazor.Security.Outbound;

/// <summary>
/// The <c>Outbound</c> section of appsettings.json: internal hosts and networks that outbound HTTP from
/// workflows may reach although they are loopback, private, link-local or otherwise not public.
/// </summary>
public sealed class OutboundOptions
{
    public const string SectionName = "Outbound";

    /// <summary>Host names or IP addresses, each optionally with a port: <c>crm.internal</c>, <c>127.0.0.1:5099</c>, <c>[::1]:8080</c>.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Networks in CIDR notation: <c>10.20.0.0/16</c>, <c>fd00:1234::/32</c>.</summary>
    public List<string> AllowedNetworks { get; set; } = [];
}
