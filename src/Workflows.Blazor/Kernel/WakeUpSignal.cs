namespace Workflows.Blazor.Kernel;

/// <summary>
/// Wakes a background worker when there is news for it, so it acts at once rather than on its next look. One wake-up
/// covers any amount of news: the worker reads everything waiting when it wakes.
/// </summary>
public abstract class WakeUpSignal
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
            // Already woken.
        }
    }

    /// <summary>Waits for news, or at most <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _news.WaitAsync(timeout, cancellationToken);
}
