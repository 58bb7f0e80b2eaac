using Workflows.Blazor.Experiments;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// How a journey's contacts who entered in a period converted to <see cref="Goal"/>: the adaptive ones against the holdout, drawn
/// as a split's paths (<see cref="Comparison"/>: entered, converted, rate with its 95% interval, uplift and the test's call).
/// </summary>
public sealed record JourneyStats(
    string JourneyId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Goal,
    IReadOnlyList<string> Goals,
    double HoldoutPercent,
    SplitStats Comparison)
{
    public string Interval => Engine.Experiments.ProportionInterval.Method;

    public string Test => Engine.Experiments.PathComparison.Test;
}
