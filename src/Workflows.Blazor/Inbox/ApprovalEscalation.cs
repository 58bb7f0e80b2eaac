using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// An overdue item with <c>escalateTo</c> is handed to that role once, and gets a second period as long as
/// its first before it times out (as its step's <c>onTimeout</c> says, or expired for a request that pauses no run).
/// The hand-over shows in the item's history. It is written by a conditional update, only while the item is still
/// pending with the history it was read with, so a decision made meanwhile is never overwritten.
/// </summary>
internal static class ApprovalEscalation
{
    /// <summary>A few reviewers adding approvals to a multi-approver item at its due time: read again, a few times at most.</summary>
    private const int MaxAttempts = 5;

    /// <summary>True when an approval step's item was escalated now, so its timer waits again instead of timing out.</summary>
    public static async Task<bool> TryEscalateAsync(AppDbContext db, TimerEntity timer, IDomainEvents events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var item = await db.Approvals.AsNoTracking().FirstOrDefaultAsync(a => a.ExecutionId == timer.ExecutionId && a.StepSlug == timer.StepSlug
                && a.Status == ApprovalStatus.Pending && a.EscalateTo != null, cancellationToken);
            switch (item is null ? EscalationOutcome.NotEscalatable : await EscalateAsync(db, item, events, now, cancellationToken))
            {
                case EscalationOutcome.Escalated:
                    await db.Timers.Where(t => t.Id == timer.Id).ExecuteUpdateAsync(set => set.SetProperty(t => t.DueAt, item!.DueAt), cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    return true;
                case EscalationOutcome.NotEscalatable:
                    return false;
            }
        }
        throw AppException.Conflict("Reviewers kept deciding this item at its due time; it is escalated on the next pass.");
    }

    /// <summary>
    /// Hands the overdue <paramref name="item"/>, as read, to its <c>escalateTo</c> role with a second period, in the caller's
    /// unit of work, which saves; on success <paramref name="item"/> holds what was written.
    /// </summary>
    public static async Task<EscalationOutcome> EscalateAsync(AppDbContext db, ApprovalEntity item, IDomainEvents events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (item is not { EscalateTo: { } role, DueAt: { } due }
            || ApprovalLifecycle.Refusal(item.Status, item.EscalatedAt is not null, ApprovalTransition.Escalate) is not null)
        {
            return EscalationOutcome.NotEscalatable;
        }
        var secondDue = now + (due - item.CreatedAt);
        var history = JsonStore.Array(item.DecisionsJson);
        history.Add(new JsonObject { ["reviewer"] = null, ["decision"] = "escalated", ["comment"] = $"Overdue: handed to {role}.", ["at"] = now.ToString("O") });
        var historyJson = history.ToJsonString();
        var escalated = await db.Approvals
            .Where(a => a.Id == item.Id && a.Status == ApprovalStatus.Pending && a.EscalatedAt == null && a.DecisionsJson == item.DecisionsJson)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.EscalatedAt, now)
                .SetProperty(a => a.Assignee, role)
                .SetProperty(a => a.DueAt, secondDue)
                .SetProperty(a => a.DecisionsJson, historyJson), cancellationToken);
        if (escalated == 0)
        {
            return EscalationOutcome.ChangedMeanwhile;
        }
        item.EscalatedAt = now;
        item.Assignee = role;
        item.DueAt = secondDue;
        item.DecisionsJson = historyJson;
        ApprovalEvents.Add(events, db, item, ApprovalTransition.Escalate);
        return EscalationOutcome.Escalated;
    }
}
