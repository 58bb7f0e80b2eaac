namespace Workflows.Blazor.Inbox;

/// <summary>What came of escalating an overdue item (<see cref="ApprovalEscalation"/>).</summary>
internal enum EscalationOutcome
{
    /// <summary>Handed to its role, with a second period.</summary>
    Escalated,

    /// <summary>It has no role to go to, or went to it already: it times out instead.</summary>
    NotEscalatable,

    /// <summary>Someone decided it (or added an approval) after it was read: it is left as they left it.</summary>
    ChangedMeanwhile,
}
