using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// Raises <c>approval.decided</c> for every transition of an approval, in the unit of work that makes it: the item as it
/// is after the change, its <c>outcome</c> (approved, rejected, changes_requested, expired, escalated or cancelled) and
/// <c>timedOut</c> (true when its due time closed it, whatever its step's <c>onTimeout</c> made of it).
/// </summary>
internal static class ApprovalEvents
{
    public static void Add(IDomainEvents events, AppDbContext db, ApprovalEntity approval, ApprovalTransition transition)
    {
        var data = ApprovalJson.ToJson(ApprovalItem.From(approval));
        data["outcome"] = ApprovalLifecycle.Outcome(transition, approval.Status);
        data["timedOut"] = transition == ApprovalTransition.Expire;
        events.Add(db, DomainEventNames.ApprovalDecided, approval.Id, data);
    }
}
