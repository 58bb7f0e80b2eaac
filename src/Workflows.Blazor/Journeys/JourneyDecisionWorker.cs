using Microsoft.Extensions.Options;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Takes the decisions that news (events, fired actions, workflow results, enrolments) made due, away from the
/// scheduler's tick: a model answers in seconds, and a tick that waited for fifty answers would hold back every
/// workflow timer. A few decisions (<c>Runner:JourneyDecisions</c>) run at once; each run's own lock keeps its entries in order.
/// </summary>
public sealed class JourneyDecisionWorker(
    JourneyRunner runner,
    JourneyDecisionSignal signal,
    IOptions<RunnerOptions> options,
    TimeProvider time,
    ILogger<JourneyDecisionWorker> logger) : BackgroundService
{
    /// <summary>How often to look without news; the database, not the signal, is what says a decision is due.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan ModelRetry = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var due = await runner.DueRunsAsync(stoppingToken);
                if (due.Count == 0)
                {
                    await signal.WaitAsync(Idle, stoppingToken);
                    continue;
                }
                var unanswered = 0;
                await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.JourneyDecisions), CancellationToken = stoppingToken },
                    async (runId, cancellationToken) =>
                    {
                        if (!await runner.DecideAsync(runId, cancellationToken))
                        {
                            Interlocked.Increment(ref unanswered);
                        }
                    });
                if (unanswered > 0)
                {
                    // No model, or one that does not answer: wait before asking again rather than hammer it.
                    await Task.Delay(ModelRetry, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Journey decisions failed; trying again in a moment.");
                await signal.WaitAsync(Idle, stoppingToken);
            }
        }
    }
}
