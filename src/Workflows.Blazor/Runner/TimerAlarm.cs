namespace Workflows.Blazor.Runner;

/// <summary>
/// How a run that sets a timer wakes <see cref="TimerWaker"/> when it sleeps past the new due time. Between
/// <see cref="Listen"/> and <see cref="SleepUntil"/> (while the waker looks for the next due time) every timer set rings,
/// so none set meanwhile is missed.
/// </summary>
public sealed class TimerAlarm
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _ring = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset _sleepingUntil = DateTimeOffset.MaxValue;

    /// <summary>A timer due at <paramref name="dueAt"/> was committed.</summary>
    public void Set(DateTimeOffset dueAt)
    {
        lock (_lock)
        {
            if (dueAt < _sleepingUntil)
            {
                _ring.TrySetResult();
            }
        }
    }

    /// <summary>The waker is about to read the next due time; the task completes when a timer set from now on needs it awake.</summary>
    public Task Listen()
    {
        lock (_lock)
        {
            if (_ring.Task.IsCompleted)
            {
                _ring = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            _sleepingUntil = DateTimeOffset.MaxValue;
            return _ring.Task;
        }
    }

    /// <summary>The waker sleeps until <paramref name="wakeAt"/>: only a timer due before then rings.</summary>
    public void SleepUntil(DateTimeOffset wakeAt)
    {
        lock (_lock)
        {
            _sleepingUntil = wakeAt;
        }
    }
}
