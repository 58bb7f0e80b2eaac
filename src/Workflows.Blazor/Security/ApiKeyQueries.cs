using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Security;

/// <summary>Reads API keys: the settings list, and the key a request carries; <see cref="ApiKeyCommands"/> writes them.</summary>
public sealed class ApiKeyQueries(IDbContextFactory<AppDbContext> contexts, ApiKeyCache found)
{
    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name)
            .Select(k => new ApiKeyRow(k.Id, k.Name, k.Prefix, k.CreatedAt, k.LastUsedAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The key whose text this is, or null when it is not a key of this app.</summary>
    public async Task<ApiKeyMatch?> FindAsync(string? key, CancellationToken cancellationToken = default)
    {
        if (!ApiKeys.IsWellFormed(key))
        {
            return null;
        }
        var hash = ApiKeys.Hash(key);
        return await found.GetOrReadAsync(hash, () => ReadAsync(hash, cancellationToken));
    }

    private async Task<ApiKeyMatch?> ReadAsync(string hash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().Where(k => k.Hash == hash)
            .Select(k => new ApiKeyMatch(k.Id, k.Name, k.Hash, k.LastUsedAt))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
