namespace Workflows.Blazor.Kernel;

/// <summary>
/// Where a journey's scheduled action, or a recorded action step, is: pending until due (or planned), awaiting a
/// reviewer's approval, running, then done, failed or cancelled. Stored as its <see cref="StatusNames"/> word.
/// </summary>
public enum JourneyActionStatus
{
    Pending,
    AwaitingApproval,
    Running,
    Done,
    Failed,
    Cancelled,
}
