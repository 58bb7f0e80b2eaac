using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Inbox;

/// <summary>What the inbox and the API read: items by status (pending first by due time, decided ones newest first) and the pending count.</summary>
public sealed class ApprovalQueries(IDbContextFactory<AppDbContext> contexts)
{
    public const int MaxItems = 500;

    public async Task<IReadOnlyList<ApprovalItem>> ListAsync(ApprovalStatus? status, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = db.Approvals.AsNoTracking();
        if (status is { } wanted)
        {
            items = items.Where(a => a.Status == wanted);
        }
        var list = (await items.OrderByDescending(a => a.CreatedAt).Take(MaxItems).ToListAsync(cancellationToken)).Select(ApprovalItem.From);
        return status == ApprovalStatus.Pending
            ? list.OrderBy(a => a.DueAt ?? DateTimeOffset.MaxValue).ThenBy(a => a.CreatedAt).ToList()
            : list.ToList();
    }

    /// <summary>Everything decided, expired or cancelled, newest decision first.</summary>
    public async Task<IReadOnlyList<ApprovalItem>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await db.Approvals.AsNoTracking().Where(a => a.Status != ApprovalStatus.Pending)
            .OrderByDescending(a => a.CreatedAt).Take(MaxItems).ToListAsync(cancellationToken);
        return list.Select(ApprovalItem.From).OrderByDescending(a => a.DecidedAt ?? a.CreatedAt).ToList();
    }

    public async Task<int> PendingCountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Approvals.CountAsync(a => a.Status == ApprovalStatus.Pending, cancellationToken);
    }
}
