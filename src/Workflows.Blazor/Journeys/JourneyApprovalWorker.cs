namespace Workflows.Blazor.Journeys;

/// <summary>
/// Runs (or drops) the journey actions whose approval a reviewer decided, as soon as the decision wakes it. The
/// database, not the wake-up, says which are decided, so decisions made while the app was down are taken on start.
/// </summary>
public sealed class JourneyApprovalWorker(JourneyRunner runner, JourneyApprovalSignal signal, ILogger<JourneyApprovalWorker> logger) : BackgroundService
{
    /// <summary>A look without a wake-up, in case one was missed; decisions wake the worker at once.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var decided = await runner.DecidedApprovalsAsync(stoppingToken);
                foreach (var scheduledId in decided)
                {
                    await runner.FireDecidedAsync(scheduledId, stoppingToken);
                }
                if (decided.Count < JourneyRunner.DecidedApprovalsBatch)
                {
                    await signal.WaitAsync(Idle, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Journey actions waiting for approval could not be run; trying again at the next decision.");
                await signal.WaitAsync(Idle, stoppingToken);
            }
        }
    }
}
