namespace Workflows.Engine.Experiments;

/// <summary>
/// Whether a path converts differently from its control, by a two-sided two-proportion z-test with the pooled rate at the
/// 95% level. Below <see cref="MinimumEntered"/> contacts, or fewer than <see cref="MinimumOutcomes"/> conversions or
/// non-conversions on either side, the normal approximation the test rests on does not hold, and the answer is "not enough
/// data yet".
/// </summary>
public sealed record PathComparison(ExperimentVerdict Verdict, double? Z, double? PValue)
{
    public const string Test = "two-proportion z-test";
    public const double SignificanceLevel = 0.05;
    public const int MinimumEntered = 100;
    public const int MinimumOutcomes = 5;

    public static PathComparison Of(long converted, long entered, long controlConverted, long controlEntered)
    {
        if (!Enough(converted, entered) || !Enough(controlConverted, controlEntered))
        {
            return new PathComparison(ExperimentVerdict.NotEnoughData, null, null);
        }
        double n1 = entered, n2 = controlEntered;
        var p1 = converted / n1;
        var p2 = controlConverted / n2;
        var pooled = (converted + controlConverted) / (n1 + n2);
        var z = (p1 - p2) / Math.Sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        var pValue = 2 * NormalDistribution.UpperTail(Math.Abs(z));
        var verdict = pValue >= SignificanceLevel ? ExperimentVerdict.NoClearDifference : z > 0 ? ExperimentVerdict.Better : ExperimentVerdict.Worse;
        return new PathComparison(verdict, z, pValue);
    }

    private static bool Enough(long converted, long entered) =>
        entered >= MinimumEntered && converted >= MinimumOutcomes && entered - converted >= MinimumOutcomes;
}
