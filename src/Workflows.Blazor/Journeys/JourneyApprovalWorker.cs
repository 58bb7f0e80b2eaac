using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Runs (or drops) the journey actions whose approval a reviewer decided, as soon as the decision wakes it. The
/// database, not the wake-up, says which are decided, so decisions made while the app was down are taken on start.
/// </summary>
public sealed class JourneyApprovalWorker(JourneyRunner runner, JourneyApprovalSignal signal, ILogger<JourneyApprovalWorker> logger)
    // A look without a wake-up once a minute, in case one was missed; decisions wake the worker at once.
    : SignalledWorker(signal.WaitAsync, TimeSpan.FromMinutes(1), logger)
{
    protected override string FailureMessage => "Journey actions waiting for approval could not be run; trying again at the next decision.";

    protected override async Task<bool> PassAsync(CancellationToken stoppingToken)
    {
        var decided = await runner.DecidedApprovalsAsync(stoppingToken);
        foreach (var scheduledId in decided)
        {
            await runner.FireDecidedAsync(scheduledId, stoppingToken);
        }
        return decided.Count >= JourneyRunner.DecidedApprovalsBatch;
    }
}
