using Workflows.Blazor.Telemetry;

namespace Workflows.Blazor.Operations.Status;

/// <summary>What the instruments recorded since the last sample.</summary>
internal sealed class SampleTally
{
    private long _started;
    private long _completed;
    private long _failed;
    private double _stepSeconds;
    private long _steps;
    private double? _longestLateness;

    public void Count(string instrument, long value)
    {
        switch (instrument)
        {
            case WorkflowMetrics.RunsStarted: _started += value; break;
            case WorkflowMetrics.RunsCompleted: _completed += value; break;
            case WorkflowMetrics.RunsFailed: _failed += value; break;
        }
    }

    public void Measure(string instrument, double value)
    {
        switch (instrument)
        {
            case WorkflowMetrics.StepDuration:
                _stepSeconds += value;
                _steps++;
                break;
            case WorkflowMetrics.TimerLateness:
                _longestLateness = Math.Max(_longestLateness ?? 0, value);
                break;
        }
    }

    public MetricsSample Close(DateTimeOffset at, int? queueDepth) =>
        new(at, _started, _completed, _failed, _steps == 0 ? null : _stepSeconds / _steps, _longestLateness, queueDepth);
}
