namespace Workflows.Blazor.Runner;

/// <summary>
/// A background loop that does a pass of work, and waits for its signal (or at most an idle time) whenever a pass
/// leaves nothing to do at once. A failed pass is logged and tried again after the next signal, so one bad row never
/// stops the loop. The database, not the signal, says what is to do, so work that came while the app was down is taken on start.
/// </summary>
public abstract class SignalledWorker(Func<TimeSpan, CancellationToken, Task> waitForSignal, TimeSpan idle, ILogger logger) : BackgroundService
{
    /// <summary>One pass; true when there may be more to do at once, false to wait for the signal.</summary>
    protected abstract Task<bool> PassAsync(CancellationToken stoppingToken);

    /// <summary>What the log says when a pass fails.</summary>
    protected abstract string FailureMessage { get; }

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await PassAsync(stoppingToken))
                {
                    await waitForSignal(idle, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Failure}", FailureMessage);
                await waitForSignal(idle, stoppingToken);
            }
        }
    }
}
