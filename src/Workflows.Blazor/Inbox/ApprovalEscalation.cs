using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// An overdue item with <c>escalateTo</c> is handed to that role once, and gets a second period as long as
/// its first before the step's <c>onTimeout</c> applies. The hand-over shows in the item's history.
/// </summary>
internal static class ApprovalEscalation
{
    /// <summary>True when the item was escalated now, so its timer waits again instead of timing out.</summary>
    public static async Task<bool> TryEscalateAsync(AppDbContext db, TimerEntity timer, IDomainEvents events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var item = await db.Approvals.FirstOrDefaultAsync(a => a.ExecutionId == timer.ExecutionId && a.StepSlug == timer.StepSlug
            && a.Status == ApprovalStatus.Pending && a.EscalateTo != null, cancellationToken);
        if (item?.DueAt is not { } due || ApprovalLifecycle.Refusal(item.Status, item.EscalatedAt is not null, ApprovalTransition.Escalate) is not null)
        {
            return false;
        }
        var secondPeriod = due - item.CreatedAt;
        item.EscalatedAt = now;
        item.Assignee = item.EscalateTo;
        item.DueAt = now + secondPeriod;
        var history = JsonStore.Array(item.DecisionsJson);
        history.Add(new JsonObject { ["reviewer"] = null, ["decision"] = "escalated", ["comment"] = $"Overdue: handed to {item.EscalateTo}.", ["at"] = now.ToString("O") });
        item.DecisionsJson = history.ToJsonString();
        await db.Timers.Where(t => t.Id == timer.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.DueAt, item.DueAt), cancellationToken);
        ApprovalEvents.Add(events, db, item, ApprovalTransition.Escalate);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
