using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Workflows.Blazor.Operations.Status;
using Workflows.Blazor.Telemetry;

namespace Workflows.Blazor.Tests.Operations.Status;

/// <summary>The System page's in-memory history: one sample per interval, fed by the app's own instruments.</summary>
public sealed class MetricsHistoryTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly ServiceProvider _otherApp = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FixedBacklog _backlog = new();

    [Fact]
    public void Sample_CountsRunsAndAveragesSteps_RecordedSinceTheLastSample()
    {
        var metrics = new WorkflowMetrics(Meters(_services), _backlog);
        using var history = History();
        metrics.RunStarted("welcome");
        metrics.RunStarted("welcome");
        metrics.RunCompleted("welcome");
        metrics.RunFailed("vip");
        metrics.StepFinished("action", TimeSpan.FromSeconds(1));
        metrics.StepFinished("wait", TimeSpan.FromSeconds(3));
        metrics.TimerFired(TimeSpan.FromSeconds(0.5));
        metrics.TimerFired(TimeSpan.FromSeconds(2));
        _backlog.Value = _backlog.Value with { QueuedRuns = 4 };
        _clock.Advance(TimeSpan.FromMinutes(1));

        var first = history.Sample();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = history.Sample();

        Assert.Equal(new MetricsSample(_clock.GetUtcNow().AddMinutes(-1), 2, 1, 1, 2, 2, 4), first);
        Assert.Equal(new MetricsSample(_clock.GetUtcNow(), 0, 0, 0, null, null, 4), second);
        Assert.Equal([first, second], history.Samples);
    }

    [Fact]
    public void Sample_IgnoresTheInstruments_OfAnotherAppInTheSameProcess()
    {
        _ = new WorkflowMetrics(Meters(_services), _backlog);
        var other = new WorkflowMetrics(Meters(_otherApp), new FixedBacklog { Value = FixedBacklog.Empty with { QueuedRuns = 9 } });
        using var history = History();
        other.RunStarted("elsewhere");
        other.StepFinished("action", TimeSpan.FromSeconds(5));

        var sample = history.Sample();

        Assert.Equal((0L, (double?)null, (int?)0), (sample.RunsStarted, sample.AverageStepSeconds, sample.QueueDepth));
    }

    [Fact]
    public void Samples_KeepTheNewestSixHours_WhenMoreWereTaken()
    {
        _ = new WorkflowMetrics(Meters(_services), _backlog);
        using var history = History();
        var taken = Enumerable.Range(0, MetricsHistory.Capacity + 5).Select(_ =>
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            return history.Sample();
        }).ToList();

        Assert.Equal(360, MetricsHistory.Capacity);
        Assert.Equal(taken.Skip(5), history.Samples);
    }

    [Fact]
    public void Sample_LeavesTheQueueDepthUnknown_WhenTheBacklogCannotBeRead()
    {
        _ = new WorkflowMetrics(Meters(_services), _backlog);
        using var history = History();
        _backlog.Fails = true;

        var sample = history.Sample();

        Assert.Null(sample.QueueDepth);
    }

    public void Dispose()
    {
        _services.Dispose();
        _otherApp.Dispose();
    }

    private static IMeterFactory Meters(IServiceProvider services) => services.GetRequiredService<IMeterFactory>();

    private MetricsHistory History() =>
        new(Meters(_services), Options.Create(new SystemPageSettings()), _clock, NullLogger<MetricsHistory>.Instance);

    private sealed class FixedBacklog : IBacklogReader
    {
        public static readonly Backlog Empty = new(0, 0, TimeSpan.Zero, 0, TimeSpan.Zero, 0);

        public Backlog Value { get; set; } = Empty;

        public bool Fails { get; set; }

        public Backlog Read() => Fails ? throw new InvalidOperationException("The database does not answer.") : Value;
    }
}
