namespace Workflows.Blazor.Telemetry;

/// <summary>
/// What is waiting right now: runs queued for a worker, approvals in the inbox, messages not yet sent, and how long the
/// oldest have waited; and the timers (waits and time-outs) set to wake a run later.
/// </summary>
public sealed record Backlog(
    int QueuedRuns,
    int PendingApprovals,
    TimeSpan OldestApprovalAge,
    int OutboxWaiting,
    TimeSpan OldestOutboxAge,
    int PendingTimers);
