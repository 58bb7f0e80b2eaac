using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Messaging;

/// <summary>Reads and writes the email and SMS provider settings; their passwords go to the secret store.</summary>
public sealed class MessagingSettings(IDbContextFactory<AppDbContext> contexts, SecretStore secrets, TimeProvider time)
{
    public const string EmailKey = "email_provider";
    public const string SmsKey = "sms_provider";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public Task<EmailSettings> GetEmailAsync(CancellationToken cancellationToken = default) => ReadAsync<EmailSettings>(EmailKey, cancellationToken);

    public Task<SmsSettings> GetSmsAsync(CancellationToken cancellationToken = default) => ReadAsync<SmsSettings>(SmsKey, cancellationToken);

    /// <summary>Saves the email settings, and the password when one is given (null keeps the one stored).</summary>
    public async Task SaveEmailAsync(EmailSettings settings, string? password, string? changedBy, CancellationToken cancellationToken = default)
    {
        await WriteAsync(EmailKey, settings, changedBy, cancellationToken);
        if (!string.IsNullOrEmpty(password))
        {
            await secrets.SetAsync(EmailSettings.PasswordSecret, password, changedBy, cancellationToken);
        }
    }

    /// <summary>Saves the SMS settings, and the auth header's value when one is given (null keeps the one stored).</summary>
    public async Task SaveSmsAsync(SmsSettings settings, string? authValue, string? changedBy, CancellationToken cancellationToken = default)
    {
        await WriteAsync(SmsKey, settings, changedBy, cancellationToken);
        if (!string.IsNullOrEmpty(authValue))
        {
            await secrets.SetAsync(SmsSettings.AuthSecret, authValue, changedBy, cancellationToken);
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

    private async Task<T> ReadAsync<T>(string key, CancellationToken cancellationToken) where T : new()
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.AppSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        return row is null ? new T() : JsonSerializer.Deserialize<T>(row.ValueJson, Json) ?? new T();
    }

    private async Task WriteAsync<T>(string key, T value, string? changedBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.AppSettings.FindAsync([key], cancellationToken);
        if (row is null)
        {
            row = new AppSettingEntity { Key = key, ValueJson = "" };
            db.AppSettings.Add(row);
        }
        row.ValueJson = JsonSerializer.Serialize(value, Json);
        row.UpdatedAt = time.GetUtcNow();
        row.UpdatedBy = changedBy;
        await db.SaveChangesAsync(cancellationToken);
    }
}
