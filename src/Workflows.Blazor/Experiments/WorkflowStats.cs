using Workflows.Engine.Experiments;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// A workflow's funnel for the runs that started in a period (test runs left out), of one <see cref="Version"/> or of all: how
/// many runs reached each step and passed each link, and, for each split step, how each path converted to <see cref="Goal"/>
/// compared with its control. <see cref="Counted"/> is below 1 while the past runs are still being counted (after an upgrade):
/// until then the numbers are what is counted so far.
/// </summary>
public sealed record WorkflowStats(
    string WorkflowId,
    int? Version,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Goal,
    IReadOnlyList<string> Goals,
    long Runs,
    long Conversions,
    IReadOnlyList<StepReach> Steps,
    IReadOnlyList<LinkPass> Links,
    IReadOnlyList<SplitStats> Splits,
    double Counted = 1)
{
    public string Interval => Engine.Experiments.ProportionInterval.Method;

    public double Confidence => Engine.Experiments.ProportionInterval.Confidence;

    public string Test => Engine.Experiments.PathComparison.Test;
}

/// <summary>How many runs reached a step (each run once, however often it passed).</summary>
public sealed record StepReach(string Step, string Name, long Runs);

/// <summary>How many runs left <see cref="From"/> by <see cref="Port"/>, towards <see cref="To"/> (none for a holdout or an end).</summary>
public sealed record LinkPass(string From, string Port, string? To, long Runs);

/// <summary>
/// One split step's paths and the path they are compared with: the holdout, or else the first path; <see cref="Winner"/> once
/// its experiment was ended, <see cref="AutoSwitch"/> when it may end on its own.
/// </summary>
public sealed record SplitStats(string Step, string Name, string Control, IReadOnlyList<PathStats> Paths, SplitWinner? Winner = null,
    SplitAutoEnd? AutoSwitch = null);

/// <summary>
/// One path: contacts entered and converted, the rate with its 95% interval, and against the control the uplift (relative), the
/// difference (in rate points) and the test's call; the control itself has none of those.
/// </summary>
public sealed record PathStats(
    string Path,
    bool Holdout,
    double Share,
    long Entered,
    long Converted,
    double Rate,
    double Low,
    double High,
    double? Uplift,
    double? Difference,
    PathSignificance? Significance);

/// <summary>The test's call in a word (<c>better</c>, <c>worse</c>, <c>no_clear_difference</c>, <c>not_enough_data</c>) and in a sentence.</summary>
public sealed record PathSignificance(string Verdict, double? Z, double? PValue, string Message);
