using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Workflows.Blazor.Messaging;

/// <summary>Email through the SMTP server in the email settings (MailKit); the password is decrypted per message.</summary>
public sealed class SmtpEmailChannel(MessagingSettings settings) : IMessageChannel
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public string Kind => MessageKinds.Email;

    public string Name => "smtp";

    public async Task<bool> IsConfiguredAsync(CancellationToken cancellationToken) => (await settings.GetEmailAsync(cancellationToken)).SmtpConfigured;

    public async Task SendAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var email = await settings.GetEmailAsync(cancellationToken);
        var host = email.SmtpHost ?? throw new MessageRefusedException("No SMTP server is set: add one in Settings → Email & SMS.");
        var mime = Compose(messageId, message, email);
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var server = $"{host}:{email.SmtpPort}";
        try
        {
            await client.ConnectAsync(host, email.SmtpPort, SocketOptions(email.TlsMode), cancellationToken);
            if (!string.IsNullOrEmpty(email.Username))
            {
                var password = await settings.RevealEmailPasswordAsync(cancellationToken) ?? "";
                await client.AuthenticateAsync(email.Username, password, cancellationToken);
            }
            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException refused)
        {
            throw new MessageRefusedException($"The mail server {server} refused the message: {(int)refused.StatusCode} {refused.Message}", refused);
        }
        catch (AuthenticationException denied)
        {
            throw new MessageRefusedException($"The mail server {server} did not accept the username and password: {denied.Message}", denied);
        }
        catch (Exception unreachable) when (unreachable is SocketException or IOException or SslHandshakeException or SmtpProtocolException or TimeoutException)
        {
            throw new MessageRefusedException($"Could not send through the mail server {server}: {unreachable.Message}", unreachable);
        }
    }

    private static MimeMessage Compose(string messageId, OutgoingMessage message, EmailSettings email)
    {
        var from = message.From is { Length: > 0 } given ? EmailAddresses.Parse(given, "from")
            : email.FromAddress is { Length: > 0 } configured ? new MailboxAddress(email.FromName, EmailAddresses.Parse(configured, "from").Address)
            : throw new MessageRefusedException("Email has no sender: set a From address in Settings → Email & SMS, or give the step a 'from'.");
        var mime = new MimeMessage { Subject = message.Subject ?? "", MessageId = $"{messageId}@workflows.local" };
        mime.From.Add(from);
        mime.To.Add(EmailAddresses.Parse(message.To, "to"));
        mime.Body = new BodyBuilder { HtmlBody = message.Body, TextBody = message.TextBody }.ToMessageBody();
        return mime;
    }

    private static SecureSocketOptions SocketOptions(EmailTlsMode mode) => mode switch
    {
        EmailTlsMode.StartTls => SecureSocketOptions.StartTls,
        EmailTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        EmailTlsMode.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
