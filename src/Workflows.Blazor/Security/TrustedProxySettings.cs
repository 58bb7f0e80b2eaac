namespace Workflows.Blazor.Security;

/// <summary>
/// The <c>ForwardedHeaders</c> section: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// the app believes, as addresses (<c>127.0.0.1</c>) and networks (<c>10.0.0.0/24</c>). Empty: it believes none.
/// </summary>
public sealed record TrustedProxySettings
{
    public const string Section = "ForwardedHeaders";

    public string[] KnownProxies { get; init; } = [];

    public string[] KnownNetworks { get; init; } = [];
}
