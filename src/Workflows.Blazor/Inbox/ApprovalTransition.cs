namespace Workflows.Blazor.Inbox;

/// <summary>What can happen to an approval once it was opened; <see cref="ApprovalLifecycle"/> says when each may.</summary>
public enum ApprovalTransition
{
    /// <summary>A reviewer (or a workflow's <c>update_approval_status</c>) approves, rejects or asks for changes.</summary>
    Decide,

    /// <summary>Nobody decided by the due time: it closes the way its step's <c>onTimeout</c> says.</summary>
    Expire,

    /// <summary>Overdue with an escalation role: handed to that role once, and stays open.</summary>
    Escalate,

    /// <summary>Its run was cancelled, or the journey dropped the action it asked about.</summary>
    Cancel,
}
