using Workflows.Blazor.Live;
using Workflows.Engine.Journeys.Evals;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Runs one journey eval session at a time in the background for the Journeys page: it goes on when the page that
/// started it is left, a second start while one runs is refused, and it can be cancelled. Results are stored by the
/// <see cref="JourneyEvalRunner"/>, only when the session completes. Every change of its status, the end included, is
/// published as a <see cref="JourneyEvalChanged"/>.
/// </summary>
public sealed class JourneyEvalJob(JourneyEvalRunner runner, ChangeNotifications changes, ILogger<JourneyEvalJob> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private CancellationTokenSource? _cancel;

    public JourneyEvalStatus Status { get; private set; } = JourneyEvalStatus.Idle;

    /// <summary>The session running now or last; completes when it ends, however it ends.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>Starts a session of every scenario, <paramref name="trials"/> times each; or says why not.</summary>
    public string? Start(IReadOnlyList<EvalScenario> scenarios, int trials, string startedBy)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        if (scenarios.Count == 0)
        {
            return "There is no scenario to run.";
        }
        lock (_gate)
        {
            if (Status.IsRunning)
            {
                return $"An eval is already running, started by {Status.StartedBy}: wait for it to finish or cancel it.";
            }
            _cancel?.Dispose();
            _cancel = new CancellationTokenSource();
            Status = new JourneyEvalStatus(JourneyEvalPhase.Running) { StartedBy = startedBy, Scenarios = scenarios.Count, Trials = trials };
            var token = _cancel.Token;
            Completion = Task.Run(() => RunAsync(scenarios, trials, token), CancellationToken.None);
        }
        changes.Publish(new JourneyEvalChanged(Status));
        return null;
    }

    public void Cancel()
    {
        lock (_gate)
        {
            if (Status.IsRunning)
            {
                _cancel?.Cancel();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _cancel?.Cancel();
            _cancel?.Dispose();
            _cancel = null;
        }
    }

    private async Task RunAsync(IReadOnlyList<EvalScenario> scenarios, int trials, CancellationToken cancellationToken)
    {
        try
        {
            var report = await runner.RunAsync(scenarios, trials, progress => Update(Status with { Progress = progress }), cancellationToken);
            Update(Status with { Phase = JourneyEvalPhase.Finished, Report = report });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Update(Status with
            {
                Phase = JourneyEvalPhase.Cancelled,
                Message = $"Cancelled after {Status.ScenariosDone} of {Status.Scenarios} scenarios. Nothing was stored: only complete sessions are charted.",
            });
        }
        catch (InvalidOperationException ex)
        {
            Update(Status with { Phase = JourneyEvalPhase.Failed, Message = ex.Message });
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The journey eval stopped");
            Update(Status with { Phase = JourneyEvalPhase.Failed, Message = $"The eval stopped and stored nothing: {ex.Message}" });
        }
    }

    private void Update(JourneyEvalStatus status)
    {
        Status = status;
        changes.Publish(new JourneyEvalChanged(status));
    }
}
