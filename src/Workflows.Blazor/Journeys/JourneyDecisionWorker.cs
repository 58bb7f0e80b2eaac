using Microsoft.Extensions.Options;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Takes the decisions that news (events, fired actions, workflow results, enrolments) made due, away from the
/// scheduler's tick: a model answers in seconds, and a tick that waited for fifty answers would hold back every
/// workflow timer. A few decisions (<c>Runner:JourneyDecisions</c>) run at once; each run's lease and sequence number
/// keep its entries in order. It also finishes the actions a crash left unfinished.
/// </summary>
public sealed class JourneyDecisionWorker(
    JourneyRunner runner,
    JourneyDecisionSignal signal,
    IOptions<RunnerOptions> options,
    TimeProvider time,
    ILogger<JourneyDecisionWorker> logger)
    // A look every second without news; the database, not the signal, is what says a decision is due.
    : SignalledWorker(signal.WaitAsync, TimeSpan.FromSeconds(1), logger)
{
    private static readonly TimeSpan ModelRetry = TimeSpan.FromSeconds(30);

    protected override string FailureMessage => "Journey decisions failed; trying again in a moment.";

    protected override async Task<bool> PassAsync(CancellationToken stoppingToken)
    {
        var due = await runner.DueRunsAsync(stoppingToken);
        if (due.Count == 0)
        {
            return false;
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
        return true;
    }
}
