using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Security;

/// <summary>
/// Reads named secrets: the settings list (never a value), one value decrypted now, and all of them for runs, which read
/// them as <c>{{secrets.name}}</c> (step records mask their values). <see cref="SecretCommands"/> writes them.
/// </summary>
public sealed class SecretQueries(IDbContextFactory<AppDbContext> contexts, IDataProtectionProvider protection) : ISecretResolver
{
    private readonly IDataProtector _protector = SecretProtection.For(protection);
    private volatile IReadOnlyDictionary<string, string>? _decrypted;

    public async Task<IReadOnlyList<SecretRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Secrets.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SecretRow(s.Name, s.UpdatedAt, s.UpdatedBy))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One secret's value, decrypted now, or null when there is no secret of that name.</summary>
    public async Task<string?> RevealAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var secret = await db.Secrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
        return secret is null ? null : _protector.Unprotect(secret.ProtectedValue);
    }

    public IReadOnlyDictionary<string, string> Resolve(ExecutionState state) => _decrypted ??= LoadAll();

    /// <summary>Drops the decrypted values runs read, after a secret changed.</summary>
    internal void Forget() => _decrypted = null;

    private Dictionary<string, string> LoadAll()
    {
        using var db = contexts.CreateDbContext();
        return db.Secrets.AsNoTracking().ToList().ToDictionary(s => s.Name, s => _protector.Unprotect(s.ProtectedValue), StringComparer.Ordinal);
    }
}
