namespace Workflows.Blazor.Journeys;

/// <summary>Wakes the decision worker when a run has news, so a decision follows at once rather than on its next look.</summary>
public sealed class JourneyDecisionSignal
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
            // Already woken: one wake-up covers any number of runs.
        }
    }

    /// <summary>Waits for news, or at most <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _news.WaitAsync(timeout, cancellationToken);
}
