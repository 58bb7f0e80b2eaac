using Workflows.Blazor.Data;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Messaging;

/// <summary>Reads and writes the email, SMS and push provider settings; their passwords are secrets, saved (and audited) by the secret commands.</summary>
public sealed class MessagingSettings(JsonSettings settings, SecretCommands secretCommands, SecretQueries secrets)
{
    public const string EmailKey = "email_provider";
    public const string SmsKey = "sms_provider";
    public const string PushKey = "push_provider";

    public Task<EmailSettings> GetEmailAsync(CancellationToken cancellationToken = default) => settings.ReadAsync<EmailSettings>(EmailKey, cancellationToken);

    public Task<SmsSettings> GetSmsAsync(CancellationToken cancellationToken = default) => settings.ReadAsync<SmsSettings>(SmsKey, cancellationToken);

    public Task<PushSettings> GetPushAsync(CancellationToken cancellationToken = default) => settings.ReadAsync<PushSettings>(PushKey, cancellationToken);

    /// <summary>Saves the email settings, and the password when one is given (null keeps the one stored).</summary>
    public async Task SaveEmailAsync(EmailSettings email, string? password, string changedBy, CancellationToken cancellationToken = default)
    {
        await settings.WriteAsync(EmailKey, email, changedBy, cancellationToken);
        if (!string.IsNullOrEmpty(password))
        {
            await secretCommands.SetAsync(EmailSettings.PasswordSecret, password, changedBy, cancellationToken);
        }
    }

    /// <summary>Saves the SMS settings, and the auth header's value when one is given (null keeps the one stored).</summary>
    public async Task SaveSmsAsync(SmsSettings sms, string? authValue, string changedBy, CancellationToken cancellationToken = default)
    {
        await settings.WriteAsync(SmsKey, sms, changedBy, cancellationToken);
        if (!string.IsNullOrEmpty(authValue))
        {
            await secretCommands.SetAsync(SmsSettings.AuthSecret, authValue, changedBy, cancellationToken);
        }
    }

    /// <summary>The email password, decrypted now; null when none is stored.</summary>
    public Task<string?> RevealEmailPasswordAsync(CancellationToken cancellationToken = default) =>
        secrets.RevealAsync(EmailSettings.PasswordSecret, cancellationToken);

    /// <summary>Whether an email password is stored, without decrypting it.</summary>
    public async Task<bool> HasEmailPasswordAsync(CancellationToken cancellationToken = default) =>
        (await secrets.ListAsync(cancellationToken)).Any(s => s.Name == EmailSettings.PasswordSecret);

    /// <summary>The SMS provider's auth header value, decrypted now; null when none is stored.</summary>
    public Task<string?> RevealSmsAuthAsync(CancellationToken cancellationToken = default) =>
        secrets.RevealAsync(SmsSettings.AuthSecret, cancellationToken);

    /// <summary>Saves the push settings, and the auth header's value when one is given (null keeps the one stored).</summary>
    public async Task SavePushAsync(PushSettings push, string? authValue, string changedBy, CancellationToken cancellationToken = default)
    {
        await settings.WriteAsync(PushKey, push, changedBy, cancellationToken);
        if (!string.IsNullOrEmpty(authValue))
        {
            await secretCommands.SetAsync(PushSettings.AuthSecret, authValue, changedBy, cancellationToken);
        }
    }

    /// <summary>The push provider's auth header value, decrypted now; null when none is stored.</summary>
    public Task<string?> RevealPushAuthAsync(CancellationToken cancellationToken = default) =>
        secrets.RevealAsync(PushSettings.AuthSecret, cancellationToken);
}
