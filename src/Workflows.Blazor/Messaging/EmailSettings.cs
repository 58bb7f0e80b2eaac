namespace Workflows.Blazor.Messaging;

/// <summary>
/// The email provider: an SMTP server to send through and the IMAP mailbox that reads replies. The password
/// is not here: it is the secret <see cref="PasswordSecret"/>, decrypted only when a message is sent.
/// </summary>
public sealed record EmailSettings
{
    public const string PasswordSecret = "email_password";

    public string? SmtpHost { get; init; }

    public int SmtpPort { get; init; } = 587;

    public EmailTlsMode TlsMode { get; init; } = EmailTlsMode.Auto;

    public string? Username { get; init; }

    public string? FromAddress { get; init; }

    public string? FromName { get; init; }

    public string? ImapHost { get; init; }

    public int ImapPort { get; init; } = 993;

    /// <summary>The IMAP user; the SMTP user when empty.</summary>
    public string? ImapUsername { get; init; }

    /// <summary>True when email goes out by SMTP; otherwise it stays in the outbox.</summary>
    public bool SmtpConfigured => !string.IsNullOrWhiteSpace(SmtpHost);
}
