using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Security;

/// <summary>
/// Named secrets, encrypted at rest with ASP.NET Core Data Protection (keys beside the database).
/// Runs read them as <c>{{secrets.name}}</c>; step records mask their values.
/// </summary>
public sealed class SecretStore(IDbContextFactory<AppDbContext> contexts, IDataProtectionProvider protection, TimeProvider time) : ISecretResolver
{
    /// <summary>The data-protection purpose of secret values.</summary>
    public const string Purpose = "Workflows.Secrets.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);
    private volatile IReadOnlyDictionary<string, string>? _decrypted;

    public async Task SetAsync(string name, string value, string? changedBy, CancellationToken cancellationToken = default)
    {
        if (!SecretNames.IsValid(name))
        {
            throw AppException.Invalid(SecretNames.Problem(name));
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var secret = await db.Secrets.FindAsync([name], cancellationToken);
        if (secret is null)
        {
            secret = new SecretEntity { Name = name, ProtectedValue = "" };
            db.Secrets.Add(secret);
        }
        secret.ProtectedValue = _protector.Protect(value);
        secret.UpdatedAt = time.GetUtcNow();
        secret.UpdatedBy = changedBy;
        await db.SaveChangesAsync(cancellationToken);
        _decrypted = null;
    }

    public async Task<IReadOnlyList<SecretRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Secrets.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SecretRow(s.Name, s.UpdatedAt, s.UpdatedBy))
            .ToListAsync(cancellationToken);
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Secrets.Where(s => s.Name == name).ExecuteDeleteAsync(cancellationToken);
        _decrypted = null;
    }

    /// <summary>One secret's value, decrypted now, or null when there is no secret of that name.</summary>
    public async Task<string?> RevealAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var secret = await db.Secrets.AsNoTracking().FirstOrDefaultAsync(s => s.Name == name, cancellationToken);
        return secret is null ? null : _protector.Unprotect(secret.ProtectedValue);
    }

    public IReadOnlyDictionary<string, string> Resolve(ExecutionState state) => _decrypted ??= LoadAll();

    private Dictionary<string, string> LoadAll()
    {
        using var db = contexts.CreateDbContext();
        return db.Secrets.AsNoTracking().ToList().ToDictionary(s => s.Name, s => _protector.Unprotect(s.ProtectedValue), StringComparer.Ordinal);
    }
}
