using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Security;

/// <summary>
/// The only writer of named secrets: saves (encrypted) and deletes them, audits each change with it, and tells
/// <see cref="SecretQueries"/>, which reads them, that runs must read them afresh.
/// </summary>
public sealed class SecretCommands(
    IDbContextFactory<AppDbContext> contexts, IDataProtectionProvider protection, TimeProvider time, AuditLog audit, SecretQueries queries)
{
    private readonly IDataProtector _protector = SecretProtection.For(protection);

    public async Task SetAsync(string name, string value, string actor, CancellationToken cancellationToken = default)
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
        secret.UpdatedBy = actor;
        audit.Add(db, actor, AuditActions.SecretChanged, name);
        await db.SaveChangesAsync(cancellationToken);
        queries.Forget();
    }

    /// <summary>Deletes the secret; one that does not exist is already deleted, and nothing is audited.</summary>
    public async Task DeleteAsync(string name, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Secrets.FindAsync([name], cancellationToken) is not { } secret)
        {
            return;
        }
        db.Secrets.Remove(secret);
        audit.Add(db, actor, AuditActions.SecretDeleted, name);
        await db.SaveChangesAsync(cancellationToken);
        queries.Forget();
    }
}
