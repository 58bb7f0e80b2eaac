using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// The approval's state machine: opened as pending, it ends once, decided, expired or cancelled; while pending it may
/// be escalated, once. Every change of an approval's status is checked here first; the conditional update that makes
/// it checks the same again in the database, so a change made meanwhile by someone else is never overwritten.
/// </summary>
public static class ApprovalLifecycle
{
    /// <summary>Why <paramref name="transition"/> may not happen to an approval in this state; null when it may.</summary>
    public static string? Refusal(ApprovalStatus status, bool escalated, ApprovalTransition transition, string? decidedBy = null)
    {
        if (status == ApprovalStatus.Pending)
        {
            return transition == ApprovalTransition.Escalate && escalated ? "This item was already escalated once." : null;
        }
        var already = status switch
        {
            ApprovalStatus.Expired => "This item expired before anyone decided it",
            ApprovalStatus.Cancelled => "This item was cancelled",
            _ when decidedBy is not null => $"This item was already {StatusNames.Words(status)} by {decidedBy}",
            _ => $"This item was already {StatusNames.Words(status)}",
        };
        return transition switch
        {
            ApprovalTransition.Decide => $"{already}; there is nothing left to decide.",
            ApprovalTransition.Expire => $"{already}; it can no longer expire.",
            ApprovalTransition.Escalate => $"{already}; it can no longer be escalated.",
            ApprovalTransition.Cancel => $"{already}; it can no longer be cancelled.",
            _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, null),
        };
    }

    /// <summary>Refuses, as a conflict that says why, a transition the approval's state does not allow.</summary>
    public static void EnsureAllowed(ApprovalEntity approval, ApprovalTransition transition)
    {
        if (Refusal(approval.Status, approval.EscalatedAt is not null, transition, approval.DecidedBy) is { } refusal)
        {
            throw AppException.Conflict(refusal);
        }
    }

    /// <summary>The word <c>approval.decided</c> carries as its outcome for a transition that ended in <paramref name="status"/>.</summary>
    public static string Outcome(ApprovalTransition transition, ApprovalStatus status) =>
        transition == ApprovalTransition.Escalate ? "escalated" : StatusNames.Of(status);
}
