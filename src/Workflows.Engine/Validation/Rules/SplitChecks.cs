using System.Globalization;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>
/// A split has 2 to 8 named paths with weights above 0, at most one holdout, every other path linked, and a
/// contact whenever the run's customer cannot keep each contact on one path. The split's declaration runs these checks.
/// </summary>
internal static class SplitChecks
{
    private const string PathsField = "config." + SplitConfig.PathsKey;

    public static IEnumerable<ValidationFinding> Check(StepDefinition step, ValidationContext context) =>
        CheckPaths(step).Concat(CheckContact(context, step));

    private static IEnumerable<ValidationFinding> CheckPaths(StepDefinition step)
    {
        var paths = SplitConfig.Paths(step);
        if (paths.Count is < SplitConfig.MinPaths or > SplitConfig.MaxPaths)
        {
            yield return Finding.Error(FindingCodes.InvalidSplit, step.Slug,
                $"A split needs {SplitConfig.MinPaths} to {SplitConfig.MaxPaths} paths; this one has {paths.Count}.", PathsField);
        }
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            if (string.IsNullOrWhiteSpace(path.Name))
            {
                yield return Finding.Error(FindingCodes.InvalidSplit, step.Slug, $"Path {i + 1} has no name; name it, e.g. \"B\" or \"Holdout\".", PathsField);
            }
            else if (!named.Add(path.Name))
            {
                yield return Finding.Error(FindingCodes.InvalidSplit, step.Slug, $"Two paths are called '{path.Name}'; give each path its own name.", PathsField);
            }
            if (path.Weight <= 0)
            {
                yield return Finding.Error(FindingCodes.InvalidSplit, step.Slug,
                    $"Path {Label(path, i)} needs a weight above 0, e.g. 50.", PathsField);
            }
        }
        var holdouts = paths.Where(p => p.Holdout).ToList();
        if (holdouts.Count > 1)
        {
            yield return Finding.Error(FindingCodes.InvalidSplit, step.Slug,
                $"Only one path can be the holdout; {string.Join(" and ", holdouts.Select(p => $"'{p.Name}'"))} {(holdouts.Count == 2 ? "both" : "all")} are.", PathsField);
        }
        if (SplitConfig.Winner(step) is { } winner && !paths.Any(p => p.Name == winner.Path && !p.Holdout))
        {
            yield return Finding.Error(FindingCodes.InvalidSplit, step.Slug,
                $"The experiment ended with everyone taking '{winner.Path}', but that is not a path that sends; pick one of its paths.",
                "config." + SplitConfig.WinnerKey);
        }
        if (step.Config[SplitAutoEnd.ConfigKey] is not null
            && (SplitAutoEnd.Of(step) is { } rule ? rule.FindProblem() : "Say when to switch automatically, e.g. { \"confidence\": 95, \"minimumPerPath\": 500 }.") is { } autoEnd)
        {
            yield return Finding.Error(FindingCodes.InvalidSplit, step.Slug, autoEnd, "config." + SplitAutoEnd.ConfigKey);
        }
        foreach (var finding in CheckLinks(step, paths))
        {
            yield return finding;
        }
        var total = paths.Where(p => p.Weight > 0).Sum(p => p.Weight);
        if (paths.Count >= SplitConfig.MinPaths && paths.All(p => p.Weight > 0) && Math.Abs(total - 100) > 1e-9)
        {
            var shares = string.Join(", ", paths.Select((p, i) => $"{(string.IsNullOrWhiteSpace(p.Name) ? $"path {i + 1}" : p.Name)} {SplitConfig.PercentText(SplitConfig.Percent(p, paths))}"));
            yield return Finding.Suggestion(FindingCodes.SplitWeightsNot100, step.Slug,
                $"The weights add up to {Number(total)}, not 100, so each path gets its share of {Number(total)}: {shares}.", PathsField);
        }
    }

    private static IEnumerable<ValidationFinding> CheckLinks(StepDefinition step, IReadOnlyList<SplitPath> paths)
    {
        foreach (var path in paths.Where(p => !string.IsNullOrWhiteSpace(p.Name)).DistinctBy(p => p.Name))
        {
            var target = step.TargetOf(path.Name);
            if (path.Holdout && target is not null && !WorkflowTargets.EndNames.Contains(target))
            {
                yield return Finding.Error(FindingCodes.SplitHoldoutLinked, step.Slug,
                    $"'{path.Name}' is the holdout: its contacts get nothing and their runs end here, so it cannot lead to a step. " +
                    "Remove its link, or make it a path that sends.", $"nextSteps.{path.Name}");
            }
            else if (!path.Holdout && string.IsNullOrWhiteSpace(target))
            {
                yield return Finding.Error(FindingCodes.SplitPathLeadsNowhere, step.Slug,
                    $"Path '{path.Name}' leads nowhere: connect it to the step its contacts go to, or make it the holdout.", $"nextSteps.{path.Name}");
            }
        }
    }

    private static IEnumerable<ValidationFinding> CheckContact(ValidationContext context, StepDefinition step)
    {
        if (step.ConfigString(SplitConfig.ContactKey) is { } contact && !string.IsNullOrWhiteSpace(contact))
        {
            yield break;
        }
        const string field = "config." + SplitConfig.ContactKey;
        if (context.EnclosingLoops(step.Slug).FirstOrDefault() is { } loop)
        {
            yield return Finding.Warning(FindingCodes.SplitWithoutContact, step.Slug,
                $"This split runs for each item of '{loop.DisplayName}' but has no contact, so every item of a run takes the same path. " +
                "Say who the contact is for each item, e.g. {{loop.item.id}}.", field);
        }
        else if (context.Graph.HasExplicitTrigger && TriggerTypes.Of(context.Graph.Start)?.Listens == TriggerListener.Schedule)
        {
            yield return Finding.Warning(FindingCodes.SplitWithoutContact, step.Slug,
                "This split has no contact, and a scheduled run is about no one customer: each run is split on its own, so a customer may " +
                "take another path next time. Say who the contact is, e.g. {{steps.get_customer.output.id}}.", field);
        }
    }

    /// <summary>How a message names a path: 'B', or its place when it has no name.</summary>
    private static string Label(SplitPath path, int index) => string.IsNullOrWhiteSpace(path.Name) ? $"{index + 1}" : $"'{path.Name}'";

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
