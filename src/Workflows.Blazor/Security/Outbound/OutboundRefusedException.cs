namespace Workflows.Blazor.Security.Outbound;

/// <summary>An outbound request the SSRF guard stopped, with a sentence saying why and how to allow it.</summary>
public sealed class OutboundRefusedException(string message) : Exception(message);
