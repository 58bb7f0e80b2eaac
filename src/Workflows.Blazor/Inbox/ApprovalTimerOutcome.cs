namespace Workflows.Blazor.Inbox;

/// <summary>What an approval step's due timer did.</summary>
public enum ApprovalTimerOutcome
{
    /// <summary>The timer had fired already, was moved later, or its run no longer waits: nothing changed.</summary>
    Missed,

    /// <summary>The item was handed to its escalation role for a second period; the run waits on.</summary>
    Escalated,

    /// <summary>The item closed by its due time and its run was queued to go on.</summary>
    Resumed,
}
