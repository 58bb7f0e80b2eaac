using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Workflows.Blazor.Telemetry;

/// <summary>
/// The app's instruments, on the meter <see cref="MeterName"/>. Each is fed from the one place that does the thing it
/// counts (the run starter, the step journal, the scheduler, the journey runner, the model client, the outbox). Where a
/// backlog reader is registered (the web app), gauges read it when they are collected, at most every <see cref="BacklogMaxAge"/>.
/// </summary>
public sealed class WorkflowMetrics
{
    public const string MeterName = "Workflows.Blazor";

    // The names of the instruments the System page's charts follow as well.
    public const string RunsStarted = "workflows.runs.started";
    public const string RunsCompleted = "workflows.runs.completed";
    public const string RunsFailed = "workflows.runs.failed";
    public const string StepDuration = "workflows.step.duration";
    public const string TimerLateness = "workflows.timer.lateness";
    public const string QueueDepth = "workflows.queue.depth";

    private static readonly TimeSpan BacklogMaxAge = TimeSpan.FromSeconds(2);

    private readonly IBacklogReader? _backlog;
    private readonly Lock _gate = new();
    private readonly Counter<long> _runsStarted;
    private readonly Counter<long> _runsCompleted;
    private readonly Counter<long> _runsFailed;
    private readonly Histogram<double> _stepDuration;
    private readonly Histogram<double> _timerLateness;
    private readonly Counter<long> _journeyDecisions;
    private readonly Histogram<double> _modelLatency;
    private readonly Counter<long> _modelTokens;
    private readonly Counter<long> _outboxSendFailures;
    private (long ReadAt, Backlog Value)? _lastBacklog;

    public WorkflowMetrics(IMeterFactory meters, IBacklogReader? backlog = null)
    {
        _backlog = backlog;
        var meter = meters.Create(MeterName);
        _runsStarted = meter.CreateCounter<long>(RunsStarted, "{run}", "Runs started, by workflow.");
        _runsCompleted = meter.CreateCounter<long>(RunsCompleted, "{run}", "Runs that completed, by workflow.");
        _runsFailed = meter.CreateCounter<long>(RunsFailed, "{run}", "Runs that failed, by workflow.");
        _stepDuration = meter.CreateHistogram<double>(StepDuration, "s", "How long a step took, by step type.");
        _timerLateness = meter.CreateHistogram<double>(TimerLateness, "s", "How long after its due time a wait or timeout fired.");
        _journeyDecisions = meter.CreateCounter<long>("workflows.journey.decisions", "{decision}", "Journey decisions, by journey and outcome.");
        _modelLatency = meter.CreateHistogram<double>("workflows.model.latency", "s", "How long the model took to answer, by model.");
        _modelTokens = meter.CreateCounter<long>("workflows.model.tokens", "{token}", "Tokens sent to and received from the model, by model and direction.");
        _outboxSendFailures = meter.CreateCounter<long>("workflows.outbox.send_failures", "{message}", "Emails and text messages that could not be sent, by channel.");
        if (backlog is null)
        {
            return;
        }
        meter.CreateObservableGauge(QueueDepth, () => Backlog().QueuedRuns, "{run}", "Runs queued for a worker.");
        meter.CreateObservableGauge("workflows.approvals.pending", () => Backlog().PendingApprovals, "{approval}", "Approvals waiting in the inbox.");
        meter.CreateObservableGauge("workflows.approvals.oldest_age", () => Backlog().OldestApprovalAge.TotalSeconds, "s", "How long the oldest pending approval has waited.");
        meter.CreateObservableGauge("workflows.outbox.backlog", () => Backlog().OutboxWaiting, "{message}", "Emails and text messages waiting to be sent.");
        meter.CreateObservableGauge("workflows.timers.pending", () => Backlog().PendingTimers, "{timer}", "Waits and time-outs set to wake a run later.");
    }

    public void RunStarted(string workflowId) => _runsStarted.Add(1, Workflow(workflowId));

    public void RunCompleted(string workflowId) => _runsCompleted.Add(1, Workflow(workflowId));

    public void RunFailed(string workflowId) => _runsFailed.Add(1, Workflow(workflowId));

    public void StepFinished(string stepType, TimeSpan duration) =>
        _stepDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("step_type", stepType));

    public void TimerFired(TimeSpan lateness) => _timerLateness.Record(Math.Max(0, lateness.TotalSeconds));

    public void JourneyDecided(string journeyId, string outcome) => _journeyDecisions.Add(1,
        new KeyValuePair<string, object?>("journey", journeyId), new KeyValuePair<string, object?>("outcome", outcome));

    public void ModelAnswered(string model, TimeSpan latency, long? inputTokens, long? outputTokens)
    {
        var tag = new KeyValuePair<string, object?>("model", model);
        _modelLatency.Record(latency.TotalSeconds, tag);
        _modelTokens.Add(inputTokens ?? 0, tag, new KeyValuePair<string, object?>("direction", "input"));
        _modelTokens.Add(outputTokens ?? 0, tag, new KeyValuePair<string, object?>("direction", "output"));
    }

    public void MessageFailed(string channel) => _outboxSendFailures.Add(1, new KeyValuePair<string, object?>("channel", channel));

    private static KeyValuePair<string, object?> Workflow(string workflowId) => new("workflow", workflowId);

    private Backlog Backlog()
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            if (_lastBacklog is not { } last || Stopwatch.GetElapsedTime(last.ReadAt, now) > BacklogMaxAge)
            {
                _lastBacklog = (now, _backlog!.Read());
            }
            return _lastBacklog.Value.Value;
        }
    }
}
