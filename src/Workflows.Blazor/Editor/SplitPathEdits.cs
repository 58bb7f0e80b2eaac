using System.Text.Json.Nodes;
using Workflows.Engine.Experiments;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Editor;

/// <summary>
/// The split panel's edits, each giving the whole new step: a path's name is its port, so renaming a path moves its
/// link, removing a path removes its link, and making a path the holdout removes its link (a holdout ends the run).
/// </summary>
public static class SplitPathEdits
{
    public static StepDefinition Rename(StepDefinition step, int index, string name)
    {
        var paths = SplitConfig.Paths(step).ToList();
        var old = paths[index].Name;
        name = name.Trim();
        if (name.Length == 0 || name == old)
        {
            return step;
        }
        paths[index] = paths[index] with { Name = name };
        var next = new Dictionary<string, string>(step.NextSteps, StringComparer.Ordinal);
        if (next.Remove(old, out var target) && !next.ContainsKey(name))
        {
            next[name] = target;
        }
        return With(step, paths) with { NextSteps = next };
    }

    public static StepDefinition SetWeight(StepDefinition step, int index, double weight)
    {
        var paths = SplitConfig.Paths(step).ToList();
        paths[index] = paths[index] with { Weight = weight };
        return With(step, paths);
    }

    /// <summary>Makes the path the holdout (the one before it stops being one) or a path that sends again.</summary>
    public static StepDefinition SetHoldout(StepDefinition step, int index, bool holdout)
    {
        var paths = SplitConfig.Paths(step).Select((p, i) => p with { Holdout = i == index ? holdout : p.Holdout && !holdout }).ToList();
        var next = new Dictionary<string, string>(step.NextSteps, StringComparer.Ordinal);
        if (holdout)
        {
            next.Remove(paths[index].Name);
        }
        return With(step, paths) with { NextSteps = next };
    }

    /// <summary>Adds a path named after the next free letter, and shares all contacts evenly between the paths.</summary>
    public static StepDefinition Add(StepDefinition step)
    {
        var paths = SplitConfig.Paths(step).ToList();
        if (paths.Count >= SplitConfig.MaxPaths)
        {
            return step;
        }
        var taken = paths.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = Enumerable.Range(0, 26).Select(i => ((char)('A' + i)).ToString()).First(n => !taken.Contains(n));
        paths.Add(new SplitPath(name, 0));
        return ShareEvenly(With(step, paths));
    }

    public static StepDefinition Remove(StepDefinition step, int index)
    {
        var paths = SplitConfig.Paths(step).ToList();
        if (paths.Count <= SplitConfig.MinPaths)
        {
            return step;
        }
        var name = paths[index].Name;
        paths.RemoveAt(index);
        var next = new Dictionary<string, string>(step.NextSteps, StringComparer.Ordinal);
        next.Remove(name);
        return With(step, paths) with { NextSteps = next };
    }

    /// <summary>Whole percents adding up to 100, the first paths taking what does not divide (34, 33, 33).</summary>
    public static StepDefinition ShareEvenly(StepDefinition step)
    {
        var paths = SplitConfig.Paths(step);
        var share = 100 / paths.Count;
        var left = 100 - share * paths.Count;
        return With(step, [.. paths.Select((p, i) => p with { Weight = share + (i < left ? 1 : 0) })]);
    }

    private static StepDefinition With(StepDefinition step, IReadOnlyList<SplitPath> paths)
    {
        var config = (JsonObject)step.Config.DeepClone();
        config[SplitConfig.PathsKey] = new JsonArray([.. paths.Select(SplitConfig.ToJson)]);
        return step with { Config = config };
    }
}
