using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Security;

/// <summary>API keys for automation: shown once when created, stored only as a SHA-256 hash.</summary>
public sealed class ApiKeys(IDbContextFactory<AppDbContext> contexts, ApiKeyCache found, TimeProvider time)
{
    public const string HeaderName = "X-Api-Key";
    private const string KeyPrefix = "wfk_";

    /// <summary>Creates a key and returns its text; this is the only time the text exists outside the caller.</summary>
    public async Task<string> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw AppException.Invalid("An API key needs a name, such as the system that will use it.");
        }
        var key = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(new ApiKeyEntity
        {
            Id = Ids.New(),
            Name = name.Trim(),
            Prefix = key[..(KeyPrefix.Length + 6)],
            Hash = Hash(key),
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        found.ForgetAll();
        return key;
    }

    /// <summary>The name of the key, or null when it is not a key of this app. Marks the key as used.</summary>
    public async Task<string?> FindNameAsync(string? key, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(key) || !key.StartsWith(KeyPrefix, StringComparison.Ordinal) || key.Length > 100)
        {
            return null;
        }
        var hash = Hash(key);
        var apiKey = await found.GetOrReadAsync(hash, () => ReadAsync(hash, cancellationToken));
        if (apiKey is null)
        {
            return null;
        }
        // "Last used" is for people deciding which keys to revoke: minute precision spares a write per request.
        var now = time.GetUtcNow();
        if (apiKey.LastUsedAt is null || now - apiKey.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            var forgetsBefore = found.Forgets;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (await db.ApiKeys.Where(k => k.Id == apiKey.Id).ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, now), cancellationToken) == 0)
            {
                found.Forget(hash);
                return null;
            }
            found.Keep(hash, apiKey with { LastUsedAt = now }, forgetsBefore);
        }
        return apiKey.Name;
    }

    private async Task<FoundApiKey?> ReadAsync(string hash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().Where(k => k.Hash == hash)
            .Select(k => new FoundApiKey(k.Id, k.Name, k.LastUsedAt))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name)
            .Select(k => new ApiKeyRow(k.Id, k.Name, k.Prefix, k.CreatedAt, k.LastUsedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ApiKeys.Where(k => k.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw AppException.NotFound("API key", id);
        }
        found.ForgetAll();
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
