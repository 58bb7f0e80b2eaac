using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Inbox;

/// <summary>Cancels approvals that are still pending, each with its <c>approval.decided</c>; a decided one stays decided.</summary>
internal static class ApprovalCancellation
{
    /// <summary>Cancels those of <paramref name="approvals"/> still pending, in the caller's unit of work, which saves.</summary>
    public static async Task<int> CancelPendingAsync(AppDbContext db, IQueryable<ApprovalEntity> approvals, IDomainEvents events, CancellationToken cancellationToken)
    {
        var pending = await approvals.AsNoTracking().Where(a => a.Status == ApprovalStatus.Pending).ToListAsync(cancellationToken);
        var cancelled = 0;
        foreach (var approval in pending)
        {
            if (await db.Approvals.Where(a => a.Id == approval.Id && a.Status == ApprovalStatus.Pending)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, ApprovalStatus.Cancelled), cancellationToken) == 1)
            {
                approval.Status = ApprovalStatus.Cancelled;
                ApprovalEvents.Add(events, db, approval, ApprovalTransition.Cancel);
                cancelled++;
            }
        }
        return cancelled;
    }
}
