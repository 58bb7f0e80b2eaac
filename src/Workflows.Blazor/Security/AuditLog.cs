using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Security;

/// <summary>Records who did what (publish, activate, decide, change a secret, settings or a user, delete) for admins to read.</summary>
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

    public async Task<IReadOnlyList<AuditEntryRow>> RecentAsync(int count, string? search = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            entries = entries.Where(e => e.Actor.Contains(search) || e.Action.Contains(search) || e.Target.Contains(search));
        }
        return await entries.OrderByDescending(e => e.Id).Take(count)
            .Select(e => new AuditEntryRow(e.At, e.Actor, e.Action, e.Target, e.TargetLink, e.Details))
            .ToListAsync(cancellationToken);
    }
}
