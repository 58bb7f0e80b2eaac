namespace Workflows.Blazor.Operations.Status;

/// <summary>What the app did between two samples (a minute by default), as the System page's charts draw it.</summary>
/// <param name="At">When the sample was taken: the end of its interval.</param>
/// <param name="RunsStarted">Runs started in the interval.</param>
/// <param name="RunsCompleted">Runs that completed in the interval.</param>
/// <param name="RunsFailed">Runs that failed in the interval.</param>
/// <param name="AverageStepSeconds">How long the interval's steps took on average; null when no step finished.</param>
/// <param name="LongestTimerLatenessSeconds">How late the latest of the interval's waits and time-outs fired; null when none fired.</param>
/// <param name="QueueDepth">Runs queued for a worker when the sample was taken; null when it could not be read.</param>
public sealed record MetricsSample(
    DateTimeOffset At,
    long RunsStarted,
    long RunsCompleted,
    long RunsFailed,
    double? AverageStepSeconds,
    double? LongestTimerLatenessSeconds,
    int? QueueDepth);
