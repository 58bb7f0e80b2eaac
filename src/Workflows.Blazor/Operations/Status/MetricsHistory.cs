using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Telemetry;

namespace Workflows.Blazor.Operations.Status;

/// <summary>
/// The last <see cref="Capacity"/> samples of the app's instruments, kept in memory for the System page: it listens to
/// the instruments of this app's meter (not another app's in the same process) and, on each <see cref="Sample"/>,
/// closes what was recorded since the last one into a <see cref="MetricsSample"/> with the queue depth gauge's value.
/// Lost on restart by design: Prometheus is the place for a longer history.
/// </summary>
public sealed class MetricsHistory : IDisposable
{
    /// <summary>Six hours at the default of a sample a minute.</summary>
    public const int Capacity = 6 * 60;

    private readonly MeterListener _listener = new();
    private readonly TimeProvider _time;
    private readonly ILogger<MetricsHistory> _logger;
    private readonly Lock _gate = new();
    private readonly Queue<MetricsSample> _samples = new(Capacity);
    private SampleTally _tally = new();
    private int? _queueDepth;

    public MetricsHistory(IMeterFactory meters, IOptions<SystemPageSettings> settings, TimeProvider time, ILogger<MetricsHistory> logger)
    {
        (_time, _logger) = (time, logger);
        Interval = settings.Value.SampleInterval;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == WorkflowMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters) && Followed(instrument.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Count(instrument.Name, value));
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Measure(instrument.Name, value));
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Observe(instrument.Name, value));
        _listener.Start();
    }

    /// <summary>How far apart the samples are taken.</summary>
    public TimeSpan Interval { get; }

    /// <summary>The samples kept, oldest first.</summary>
    public IReadOnlyList<MetricsSample> Samples
    {
        get
        {
            lock (_gate)
            {
                return [.. _samples];
            }
        }
    }

    /// <summary>Closes the interval that ends now: what was recorded since the last sample, and the queue depth now.</summary>
    public MetricsSample Sample()
    {
        try
        {
            _listener.RecordObservableInstruments();
        }
        catch (AggregateException ex)
        {
            _logger.LogWarning(ex, "The queue depth could not be read for the System page's charts");
        }
        lock (_gate)
        {
            var sample = _tally.Close(_time.GetUtcNow(), _queueDepth);
            (_tally, _queueDepth) = (new SampleTally(), null);
            if (_samples.Count == Capacity)
            {
                _samples.Dequeue();
            }
            _samples.Enqueue(sample);
            return sample;
        }
    }

    public void Dispose() => _listener.Dispose();

    private static bool Followed(string name) => name is WorkflowMetrics.RunsStarted or WorkflowMetrics.RunsCompleted or WorkflowMetrics.RunsFailed
        or WorkflowMetrics.StepDuration or WorkflowMetrics.TimerLateness or WorkflowMetrics.QueueDepth;

    private void Count(string instrument, long value)
    {
        lock (_gate)
        {
            _tally.Count(instrument, value);
        }
    }

    private void Measure(string instrument, double value)
    {
        lock (_gate)
        {
            _tally.Measure(instrument, value);
        }
    }

    private void Observe(string instrument, int value)
    {
        if (instrument == WorkflowMetrics.QueueDepth)
        {
            lock (_gate)
            {
                _queueDepth = value;
            }
        }
    }
}
