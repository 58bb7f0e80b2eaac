using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Security;

/// <summary>Reads the audit log, newest first, for admins; <see cref="AuditLog"/> writes it.</summary>
public sealed class AuditQueries(IDbContextFactory<AppDbContext> contexts)
{
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
