using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Security;

/// <summary>
/// The only writer of API keys: creates (shown once, stored as a hash), revokes, and notes a key's use; each change a person
/// makes is audited with it. <see cref="ApiKeyQueries"/> reads them.
/// </summary>
public sealed class ApiKeyCommands(IDbContextFactory<AppDbContext> contexts, ApiKeyCache found, TimeProvider time, AuditLog audit)
{
    /// <summary>"Last used" is for people deciding which keys to revoke: minute precision spares a write per request.</summary>
    private static readonly TimeSpan UsePrecision = TimeSpan.FromMinutes(1);

    /// <summary>Creates a key and returns its text; this is the only time the text exists outside the caller.</summary>
    public async Task<string> CreateAsync(string name, string actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw AppException.Invalid("An API key needs a name, such as the system that will use it.");
        }
        var key = ApiKeys.Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(new ApiKeyEntity
        {
            Id = Ids.New(),
            Name = name.Trim(),
            Prefix = key[..(ApiKeys.Prefix.Length + 6)],
            Hash = ApiKeys.Hash(key),
            CreatedAt = time.GetUtcNow(),
        });
        audit.Add(db, actor, AuditActions.ApiKeyCreated, name.Trim());
        await db.SaveChangesAsync(cancellationToken);
        found.ForgetAll();
        return key;
    }

    public async Task RevokeAsync(string id, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FindAsync([id], cancellationToken) ?? throw AppException.NotFound("API key", id);
        db.ApiKeys.Remove(key);
        audit.Add(db, actor, AuditActions.ApiKeyRevoked, key.Name);
        await db.SaveChangesAsync(cancellationToken);
        found.ForgetAll();
    }

    /// <summary>
    /// Notes that a request came with the key, unless that was already noted within the last minute; false when the key is
    /// gone meanwhile (revoked by another instance), so the request is refused.
    /// </summary>
    public async Task<bool> NoteUsedAsync(ApiKeyMatch key, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (key.LastUsedAt is { } last && now - last <= UsePrecision)
        {
            return true;
        }
        var forgetsBefore = found.Forgets;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken) == 0)
        {
            found.Forget(key.Hash);
            return false;
        }
        found.Keep(key.Hash, key with { LastUsedAt = now }, forgetsBefore);
        return true;
    }
}
