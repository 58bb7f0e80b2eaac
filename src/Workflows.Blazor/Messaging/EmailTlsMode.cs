namespace Workflows.Blazor.Messaging;

/// <summary>How the SMTP connection is secured.</summary>
public enum EmailTlsMode
{
    /// <summary>STARTTLS when the server offers it (port 587 or 25).</summary>
    Auto,

    /// <summary>STARTTLS, and refuse a server that does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>Plain text: only for a relay on this machine or a test server.</summary>
    None,
}
