using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Security;

/// <summary>
/// Records who did what (publish, activate, decide, change a secret, settings or a user, delete) for admins to read: the only
/// writer of the audit log; <see cref="AuditQueries"/> reads it.
/// </summary>
public sealed class AuditLog(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    public async Task RecordAsync(string actor, string action, AuditTarget target, string? details = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        Add(db, actor, action, target, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the entry to a unit of work, so it is saved with (and only with) the change it records.</summary>
    public void Add(AppDbContext db, string actor, string action, AuditTarget target, string? details = null) =>
        db.AuditEntries.Add(new AuditEntryEntity
        {
            At = time.GetUtcNow(), Actor = actor, Action = action, Target = target.Name, TargetLink = target.Link, Details = details,
        });
}
