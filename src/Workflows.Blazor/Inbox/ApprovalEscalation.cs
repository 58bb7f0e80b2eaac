using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// An overdue item with <c>escalateTo</c> is handed to that role once, and gets a second period as long as
/// its first before it times out (as its step's <c>onTimeout</c> says, or expired for a request that pauses no run).
/// The hand-over shows in the item's history.
/// </summary>
internal static class ApprovalEscalation
{
    /// <summary>True when an approval step's item was escalated now, so its timer waits again instead of timing out.</summary>
    public static async Task<bool> TryEscalateAsync(AppDbContext db, TimerEntity timer, IDomainEvents events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var item = await db.Approvals.FirstOrDefaultAsync(a => a.ExecutionId == timer.ExecutionId && a.StepSlug == timer.StepSlug
            && a.Status == ApprovalStatus.Pending && a.EscalateTo != null, cancellationToken);
        if (item is null || !TryEscalate(db, item, events, now))
        {
            return false;
        }
        await db.Timers.Where(t => t.Id == timer.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.DueAt, item.DueAt), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Hands the overdue, tracked <paramref name="item"/> to its <c>escalateTo</c> role with a second period, in the
    /// caller's unit of work, which saves; false when it has no role to go to or went to it already.
    /// </summary>
    public static bool TryEscalate(AppDbContext db, ApprovalEntity item, IDomainEvents events, DateTimeOffset now)
    {
        if (item is not { EscalateTo: { } role, DueAt: { } due }
            || ApprovalLifecycle.Refusal(item.Status, item.EscalatedAt is not null, ApprovalTransition.Escalate) is not null)
        {
            return false;
        }
        item.EscalatedAt = now;
        item.Assignee = role;
        item.DueAt = now + (due - item.CreatedAt);
        var history = JsonStore.Array(item.DecisionsJson);
        history.Add(new JsonObject { ["reviewer"] = null, ["decision"] = "escalated", ["comment"] = $"Overdue: handed to {role}.", ["at"] = now.ToString("O") });
        item.DecisionsJson = history.ToJsonString();
        ApprovalEvents.Add(events, db, item, ApprovalTransition.Escalate);
        return true;
    }
}
