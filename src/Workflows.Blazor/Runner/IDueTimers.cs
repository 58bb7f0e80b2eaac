namespace Workflows.Blazor.Runner;

/// <summary>
/// What comes due as <see cref="TimerWaker"/> sees it, the runs' pending timers and the approval requests that pause no
/// run: when the next one is due, and firing those due now.
/// </summary>
public interface IDueTimers
{
    /// <summary>The earliest due time of a pending timer, or null when none waits on a time.</summary>
    Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken);

    /// <summary>Fires the timers due now, one batch at most; returns how many were due.</summary>
    Task<int> FireDueTimersAsync(CancellationToken cancellationToken);
}
