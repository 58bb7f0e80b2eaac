using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Templating;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Editing;

/// <summary>
/// What a step's templates can read, for the editor's variable picker. Uses the validator's own facts (which
/// steps can run before, which loops enclose a step), so the picker never offers a path the validator rejects.
/// Fields below <c>input</c> and a step's <c>output</c> are offered when the workflow already reads them somewhere.
/// </summary>
public static class AvailablePaths
{
    private static readonly ActionCatalog NoActions = new([]);

    public static IReadOnlyList<AvailablePath> For(WorkflowDefinition definition, string slug)
    {
        var context = new ValidationContext(definition, NoActions);
        if (context.Graph.Find(slug) is null)
        {
            return [];
        }
        var paths = new List<AvailablePath>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string path, string? source, string description)
        {
            if (seen.Add(path))
            {
                paths.Add(new AvailablePath(path, source, description));
            }
        }
        var used = UsedPaths(definition);

        var trigger = context.Graph.HasExplicitTrigger ? context.Graph.Start : null;
        Add("input", trigger?.Slug, $"The run's input, given by its {trigger?.ConfigString("type") ?? TriggerTypes.Manual} trigger");
        foreach (var path in used.Where(p => p.StartsWith("input.", StringComparison.Ordinal)))
        {
            Add(path, trigger?.Slug, "A field of the run's input");
        }

        var loops = context.EnclosingLoops(slug).OrderBy(l => context.LoopBodies[l.Slug].Count).ToList();
        for (var level = 0; level < loops.Count; level++)
        {
            var loop = loops[level];
            var prefix = "loop" + string.Concat(Enumerable.Repeat(".parent", level));
            Add($"{prefix}.item", loop.Slug, $"The item '{loop.DisplayName}' is processing");
            Add($"{prefix}.index", loop.Slug, $"The item's position in '{loop.DisplayName}', from 0");
            Add($"{prefix}.count", loop.Slug, $"How many items '{loop.DisplayName}' processes");
            if (loop.ConfigString("itemVariable") is { Length: > 0 } variable)
            {
                Add(variable, loop.Slug, $"The item '{loop.DisplayName}' is processing");
            }
        }

        var before = definition.Steps.Where(s => s.Slug != slug && context.CanRunBefore(s.Slug, slug)).ToList();
        foreach (var step in before)
        {
            var output = $"steps.{step.Slug}.output";
            Add(output, step.Slug, $"What '{step.DisplayName}' produced");
            foreach (var path in used.Where(p => p.StartsWith(output + ".", StringComparison.Ordinal) || p.StartsWith(output + "[", StringComparison.Ordinal)))
            {
                Add(path, step.Slug, $"A field of what '{step.DisplayName}' produced");
            }
            if (step.TargetOf(Ports.Error) is { } handler && (handler == slug || context.CanRunBefore(handler, slug)))
            {
                Add($"steps.{step.Slug}.error", step.Slug, $"Why '{step.DisplayName}' failed");
            }
        }

        foreach (var step in before.Where(s => StepTypes.ActionOf(s) == SetVariablesAction.Name))
        {
            foreach (var (name, _) in step.Config["parameters"] as JsonObject ?? [])
            {
                Add($"variables.{name}", step.Slug, $"Set by '{step.DisplayName}'");
            }
        }
        Add("$now", null, "The current date and time");
        return paths;
    }

    /// <summary>Every path the workflow's templates read, in workflow order; templates that do not parse are skipped.</summary>
    private static List<string> UsedPaths(WorkflowDefinition definition)
    {
        var used = new List<string>();
        foreach (var step in definition.Steps)
        {
            foreach (var (_, _, text) in ConfigStrings.In(step.Config, "config").Where(s => Template.MayContainTags(s.Text)))
            {
                try
                {
                    used.AddRange(Template.Parse(text).Paths().Where(p => !p.InsideSection).Select(p => p.Path.Text));
                }
                catch (TemplateSyntaxException)
                {
                    // The validator reports it; the picker just has nothing to learn from it.
                }
            }
        }
        return used;
    }
}
