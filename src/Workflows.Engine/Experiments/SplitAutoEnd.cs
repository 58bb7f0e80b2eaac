using System.Text.Json.Nodes;
using Workflows.Engine.Templating;
using Workflows.Engine.Model;

namespace Workflows.Engine.Experiments;

/// <summary>
/// A split's experiment ends on its own once a path wins with <see cref="Confidence"/> (e.g. 95%) and every path has at least
/// <see cref="MinimumPerPath"/> contacts, written in the split's config as <c>"autoEnd": { "confidence": 95, "minimumPerPath": 500 }</c>.
/// </summary>
public sealed record SplitAutoEnd(double Confidence, long MinimumPerPath)
{
    public const string ConfigKey = "autoEnd";
    public static readonly double[] Confidences = [90, 95, 99];

    /// <summary>What a designer starts from: 95% after 500 contacts on each path.</summary>
    public static SplitAutoEnd Default { get; } = new(95, 500);

    /// <summary>The split's rule, or null when it ends only by hand (or the rule cannot be read).</summary>
    public static SplitAutoEnd? Of(StepDefinition step) =>
        step.Config[ConfigKey] is JsonObject rule && JsonText.TryGetNumber(rule["confidence"], out var confidence)
            && JsonText.TryGetNumber(rule["minimumPerPath"], out var minimum)
            ? new SplitAutoEnd(confidence, (long)minimum)
            : null;

    /// <summary>The split with <paramref name="rule"/>, or ending only by hand when it is null.</summary>
    public static StepDefinition With(StepDefinition step, SplitAutoEnd? rule)
    {
        var config = (JsonObject)step.Config.DeepClone();
        config.Remove(ConfigKey);
        if (rule is not null)
        {
            config[ConfigKey] = new JsonObject { ["confidence"] = rule.Confidence, ["minimumPerPath"] = rule.MinimumPerPath };
        }
        return step with { Config = config };
    }

    /// <summary>What is wrong with the rule as written, or null.</summary>
    public string? FindProblem() =>
        !Confidences.Contains(Confidence) ? $"Switch at {string.Join(", ", Confidences.Select(c => $"{c}%"))} confidence."
        : MinimumPerPath < PathComparison.MinimumEntered ? $"Wait for at least {PathComparison.MinimumEntered} contacts on each path before switching."
        : null;

    /// <summary>
    /// The path everyone should take now, or null while the experiment goes on: every path has the minimum, and a path that sends
    /// converts better than the control (the holdout, or the first path) with the confidence (the best such path); or, with no
    /// holdout, the first path beats every other one so.
    /// </summary>
    public string? Winner(IReadOnlyList<SplitPath> paths, Func<string, (long Entered, long Converted)> counts)
    {
        if (paths.Count == 0 || paths.Any(p => counts(p.Name).Entered < MinimumPerPath))
        {
            return null;
        }
        var control = paths.FirstOrDefault(p => p.Holdout) ?? paths[0];
        var (controlEntered, controlConverted) = counts(control.Name);
        var compared = paths.Where(p => p != control).Select(p =>
        {
            var (entered, converted) = counts(p.Name);
            return (Path: p, Rate: (double)converted / entered, Test: PathComparison.Of(converted, entered, controlConverted, controlEntered));
        }).ToList();
        var winners = compared.Where(c => !c.Path.Holdout && Beats(c.Test, 1)).OrderByDescending(c => c.Rate).ToList();
        if (winners.Count > 0)
        {
            return winners[0].Path.Name;
        }
        return !control.Holdout && compared.All(c => Beats(c.Test, -1)) ? control.Name : null;
    }

    /// <summary>True when the test is sure at the confidence that the path converts better (<paramref name="side"/> 1) or worse (-1).</summary>
    private bool Beats(PathComparison test, int side) =>
        test is { Z: { } z, PValue: { } p } && Math.Sign(z) == side && p < 1 - Confidence / 100;
}
