namespace Workflows.Blazor.Runner;

/// <summary>
/// When the scheduler last began a due-work pass and when a worker last took up or finished an execution: what the
/// health checks read to tell a live runner from a stalled one. Times are the app's clock.
/// </summary>
public sealed class RunnerPulse(TimeProvider time)
{
    private long _lastTickTicks;
    private long _lastWorkerProgressTicks;

    /// <summary>When this runner started; the reference before anything has happened.</summary>
    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public DateTimeOffset? LastTickAt => Read(ref _lastTickTicks);

    public DateTimeOffset? LastWorkerProgressAt => Read(ref _lastWorkerProgressTicks);

    public void Ticked() => Interlocked.Exchange(ref _lastTickTicks, time.GetUtcNow().UtcTicks);

    public void WorkerProgressed() => Interlocked.Exchange(ref _lastWorkerProgressTicks, time.GetUtcNow().UtcTicks);

    private static DateTimeOffset? Read(ref long ticks) => Interlocked.Read(ref ticks) is var value and > 0
        ? new DateTimeOffset(value, TimeSpan.Zero)
        : null;
}
