using System.Globalization;

namespace Workflows.Blazor.Experiments;

/// <summary>What an experiment had shown when it was ended, in one line a marketer reads, kept with the split and the audit entry.</summary>
public static class ExperimentOutcome
{
    /// <summary>"B 12.5% of 1,000 · A 10.1% of 990 · Holdout 8% of 200 converted (Big order). B converts better than Holdout (p &lt; 0.001)."</summary>
    public static string Describe(SplitStats split, string winner, string? goal)
    {
        if (goal is null)
        {
            return $"No conversion goal was measured; {string.Join(" · ", split.Paths.Select(p => $"{p.Path} {Count(p.Entered)} contacts"))}.";
        }
        var rates = string.Join(" · ", split.Paths.OrderBy(p => p.Path != winner).Select(p => $"{p.Path} {Percent(p.Rate)} of {Count(p.Entered)}"));
        var call = split.Paths.FirstOrDefault(p => p.Path == winner)?.Significance?.Message ?? $"{winner} was the path compared with.";
        return $"{rates} converted ({goal}). {call}";
    }

    public static string Percent(double rate) => rate.ToString("0.#%", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
