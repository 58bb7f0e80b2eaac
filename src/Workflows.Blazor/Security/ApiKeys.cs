using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Security;

/// <summary>API keys for automation: shown once when created, stored only as a SHA-256 hash.</summary>
public sealed class ApiKeys(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    public const string HeaderName = "X-Api-Key";
    private const string KeyPrefix = "wfk_";

    /// <summary>Creates a key and returns its text; this is the only time the text exists outside the caller.</summary>
    public async Task<string> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw StoreException.Invalid("An API key needs a name, such as the system that will use it.");
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
        return key;
    }

    public async Task<bool> IsValidAsync(string? key, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(key) || !key.StartsWith(KeyPrefix, StringComparison.Ordinal) || key.Length > 100)
        {
            return false;
        }
        var hash = Hash(key);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.ApiKeys
            .Where(k => k.Hash == hash)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.LastUsedAt, time.GetUtcNow()), cancellationToken);
        return found == 1;
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
