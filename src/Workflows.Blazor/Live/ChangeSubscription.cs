namespace Workflows.Blazor.Live;

/// <summary>One subscriber's queue: changes gather while a call runs or the interval since the last one has not passed.</summary>
internal sealed class ChangeSubscription(
    ChangeNotifications owner, Func<Change, bool> matches, Func<IReadOnlyList<Change>, Task> onChanged, TimeSpan interval, bool hearsOtherInstances,
    TimeProvider time, ILogger logger) : IDisposable
{
    public bool HearsOtherInstances => hearsOtherInstances;

    private readonly Lock _gate = new();
    private List<Change> _pending = [];
    private bool _scheduled;
    private bool _disposed;
    private DateTimeOffset _lastCall = DateTimeOffset.MinValue;
    private ITimer? _timer;

    public void Offer(Change change)
    {
        if (!matches(change))
        {
            return;
        }
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            if (!_pending.Contains(change))
            {
                _pending.Add(change);
            }
            if (!_scheduled)
            {
                _scheduled = true;
                ScheduleLocked();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _pending = [];
            _timer?.Dispose();
            _timer = null;
        }
        owner.Remove(this);
    }

    private void ScheduleLocked()
    {
        var wait = _lastCall + interval - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            _ = Task.Run(CallAsync);
            return;
        }
        _timer?.Dispose();
        _timer = time.CreateTimer(_ => _ = CallAsync(), null, wait, Timeout.InfiniteTimeSpan);
    }

    private async Task CallAsync()
    {
        List<Change> changes;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            (changes, _pending) = (_pending, []);
            _lastCall = time.GetUtcNow();
        }
        try
        {
            await onChanged(changes);
        }
        catch (ObjectDisposedException)
        {
            // The page closed while the call was on its way.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A page could not show a change");
        }
        lock (_gate)
        {
            if (_disposed || _pending.Count == 0)
            {
                _scheduled = false;
                return;
            }
            ScheduleLocked();
        }
    }
}
