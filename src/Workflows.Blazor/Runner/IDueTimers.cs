namespace Workflows.Blazor.Runner;

/// <summary>The pending timers as <see cref="TimerWaker"/> sees them: when the next one is due, and firing those due now.</summary>
public interface IDueTimers
{
    /// <summary>The earliest due time of a pending timer, or null when none waits on a time.</summary>
    Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken);

    /// <summary>Fires the timers due now, one batch at most; returns how many were due.</summary>
    Task<int> FireDueTimersAsync(CancellationToken cancellationToken);
}
