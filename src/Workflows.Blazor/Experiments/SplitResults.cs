using System.Globalization;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Experiments;

/// <summary>Turns a split's counts into its paths' rates, intervals and comparisons with the control.</summary>
public static class SplitResults
{
    public static SplitStats For(StepDefinition split, IReadOnlyList<SplitPath> paths, Func<string, (long Entered, long Converted)> counts) =>
        For(split.Slug, split.DisplayName, paths, counts, SplitConfig.Winner(split)) with { AutoSwitch = SplitAutoEnd.Of(split) };

    /// <summary>The same for any comparison drawn as paths (a journey's adaptive contacts and its holdout), named <paramref name="name"/>.</summary>
    public static SplitStats For(string key, string name, IReadOnlyList<SplitPath> paths, Func<string, (long Entered, long Converted)> counts,
        SplitWinner? winner = null)
    {
        var control = paths.FirstOrDefault(p => p.Holdout) ?? paths[0];
        var (controlEntered, controlConverted) = counts(control.Name);
        var controlRate = Rate(controlConverted, controlEntered);
        var results = paths.Select(path =>
        {
            var (entered, converted) = counts(path.Name);
            var rate = Rate(converted, entered);
            var interval = ProportionInterval.Wilson(converted, entered);
            var isControl = path == control;
            return new PathStats(path.Name, path.Holdout, SplitConfig.Percent(path, paths), entered, converted, rate, interval.Low, interval.High,
                isControl || controlRate == 0 ? null : (rate - controlRate) / controlRate,
                isControl ? null : rate - controlRate,
                isControl ? null : Significance(path.Name, control.Name, PathComparison.Of(converted, entered, controlConverted, controlEntered)));
        }).ToList();
        return new SplitStats(key, name, control.Name, results, winner);
    }

    private static double Rate(long converted, long entered) => entered == 0 ? 0 : (double)converted / entered;

    private static PathSignificance Significance(string path, string control, PathComparison comparison) => comparison.Verdict switch
    {
        ExperimentVerdict.NotEnoughData => new("not_enough_data", null, null,
            $"Not enough data yet: {path} and {control} each need {PathComparison.MinimumEntered} contacts and {PathComparison.MinimumOutcomes} conversions."),
        ExperimentVerdict.NoClearDifference => new("no_clear_difference", comparison.Z, comparison.PValue,
            $"No clear difference between {path} and {control} yet ({P(comparison)})."),
        ExperimentVerdict.Better => new("better", comparison.Z, comparison.PValue, $"{path} converts better than {control} ({P(comparison)})."),
        _ => new("worse", comparison.Z, comparison.PValue, $"{path} converts worse than {control} ({P(comparison)})."),
    };

    private static string P(PathComparison comparison) =>
        comparison.PValue < 0.001 ? "p < 0.001" : "p = " + comparison.PValue!.Value.ToString("0.###", CultureInfo.InvariantCulture);
}
