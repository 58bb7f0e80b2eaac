using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Messaging;

/// <summary>
/// The key that signs click-tracking links: made once, kept in the settings encrypted with Data Protection,
/// so links in emails sent long ago still verify after a restart.
/// </summary>
public sealed class TrackingKeys(IDbContextFactory<AppDbContext> contexts, IDataProtectionProvider protection, TimeProvider time)
{
    private const string SettingKey = "email_tracking_key";
    private readonly IDataProtector _protector = protection.CreateProtector("Workflows.EmailTracking.v1");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    public async Task<byte[]> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_key is { } known)
        {
            return known;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _key ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.AppSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Key == SettingKey, cancellationToken) is { } stored)
        {
            return Convert.FromBase64String(_protector.Unprotect(System.Text.Json.JsonSerializer.Deserialize<string>(stored.ValueJson)!));
        }
        var key = RandomNumberGenerator.GetBytes(32);
        var value = System.Text.Json.JsonSerializer.Serialize(_protector.Protect(Convert.ToBase64String(key)));
        db.AppSettings.Add(new AppSettingEntity { Key = SettingKey, ValueJson = value, UpdatedAt = time.GetUtcNow(), UpdatedBy = "system" });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }
}
