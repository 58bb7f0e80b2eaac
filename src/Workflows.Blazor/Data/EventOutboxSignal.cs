namespace Workflows.Blazor.Data;

/// <summary>Wakes the event dispatcher when events reach the outbox, so they go out at once rather than on its next look.</summary>
public sealed class EventOutboxSignal
{
    private readonly SemaphoreSlim _news = new(0, 1);

    public void Notify()
    {
        try
        {
            _news.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one wake-up covers any number of events.
        }
    }

    /// <summary>Waits for news, or at most <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _news.WaitAsync(timeout, cancellationToken);
}
