namespace Workflows.Benchmarks.Executions;

/// <summary>A clock that says what it was last set to: days pass in a loop, not in hours of waiting.</summary>
internal sealed class SetClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
