using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Validation.Rules;

/// <summary>Whether a <c>{{path}}</c> used in a step can exist when that step runs.</summary>
internal static class PathCheck
{
    private static readonly string[] StepResultFields = ["output", "error", "port"];

    /// <summary>An error (or warning) when <paramref name="path"/> cannot exist where <paramref name="step"/> reads it.</summary>
    /// <param name="context">The workflow's facts.</param>
    /// <param name="step">The step whose config reads the path.</param>
    /// <param name="path">The path read.</param>
    /// <param name="field">The config field that holds it.</param>
    /// <param name="severity">How serious a missing path is there.</param>
    /// <param name="itemNames">Inside a section, the fields of the current items, which a name may also mean.</param>
    public static ValidationFinding? Check(ValidationContext context, StepDefinition step, TemplatePath path, string field, FindingSeverity severity,
        IEnumerable<string>? itemNames = null)
    {
        var root = path.Root;
        var enclosingLoops = context.EnclosingLoops(step.Slug).ToList();
        if (root == "steps")
        {
            return CheckStepPath(context, step, path, field, severity);
        }
        if (root == "loop")
        {
            return enclosingLoops.Count > 0 ? null : Make(FindingCodes.LoopOutsideLoop, severity, step, field,
                $"'{{{{{path.Text}}}}}' is only set inside a loop, and '{step.Slug}' is not in a loop's body.");
        }
        if (ExecutionScope.BuiltInRoots.Contains(root))
        {
            return null;
        }
        var sources = BareNames.Sources(context, step).ToList();
        if (sources.FirstOrDefault(s => s.Name == root) is { } source)
        {
            return source.Shape is not null && FieldPath.Walk(source.Shape, path, 1).Problem is { } problem
                ? Make(FindingCodes.UnknownVariable, severity, step, field, $"'{{{{{path.Text}}}}}' does not exist in {source.Source}: {problem}")
                : null;
        }
        var items = itemNames?.ToList() ?? [];
        var bare = sources.Select(s => s.Name).Concat(items).Distinct().ToList();
        var places = items.Count > 0 ? "field of the section's item, loop item, variable" : "loop item, variable";
        return Make(FindingCodes.UnknownVariable, severity, step, field,
            $"'{{{{{path.Text}}}}}' does not exist: no {places} or field of the run's input is named '{root}'{DidYouMean.Hint(root, bare)}. " +
            $"Paths start with input, steps, loop, variables or secrets. {Suggest(context, step, path)}");
    }

    /// <summary>What is known of the shape of the value a bare path reads; null when it is not bare or not known.</summary>
    public static DataField? Shape(ValidationContext context, StepDefinition step, TemplatePath path) =>
        path.Root is "steps" or "loop" || ExecutionScope.BuiltInRoots.Contains(path.Root)
            ? null
            : BareNames.Sources(context, step).FirstOrDefault(s => s.Name == path.Root)?.Shape is { } shape ? FieldPath.Walk(shape, path, 1).End : null;

    private static ValidationFinding? CheckStepPath(ValidationContext context, StepDefinition step, TemplatePath path, string field, FindingSeverity severity)
    {
        if (path.Segments.Count < 2 || path.Segments[1].Name is not { } referenced)
        {
            return Make(FindingCodes.InvalidTemplate, severity, step, field,
                $"'{{{{{path.Text}}}}}' should name a step, e.g. {{{{steps.get_customer.output}}}}.");
        }
        if (context.Graph.Find(referenced) is null)
        {
            return Make(FindingCodes.UnknownVariable, severity, step, field,
                $"'{{{{{path.Text}}}}}' refers to step '{referenced}', which does not exist{DidYouMean.Hint(referenced, context.Definition.Steps.Select(s => s.Slug))}.");
        }
        if (path.Segments.Count > 2 && path.Segments[2].Name is { } part && !StepResultFields.Contains(part))
        {
            return Make(FindingCodes.InvalidTemplate, severity, step, field,
                $"'{{{{{path.Text}}}}}': a step has output, error and port; write {{{{steps.{referenced}.output.{part}}}}}.");
        }
        if (!context.CanRunBefore(referenced, step.Slug))
        {
            return Make(FindingCodes.StepNotBefore, severity, step, field,
                $"'{{{{{path.Text}}}}}' reads step '{referenced}', which never runs before '{step.Slug}'.");
        }
        return null;
    }

    /// <summary>For <c>{{customer.email}}</c>, points at a step before this one whose slug mentions "customer".</summary>
    private static string Suggest(ValidationContext context, StepDefinition step, TemplatePath path)
    {
        var rest = path.Segments.Count > 1 ? "." + path.Text[(path.Text.IndexOf('.') + 1)..] : "";
        var source = context.Definition.Steps.FirstOrDefault(s =>
            s.Slug.Contains(path.Root, StringComparison.OrdinalIgnoreCase) && context.CanRunBefore(s.Slug, step.Slug));
        return source is null
            ? "To read a step's result write {{steps.<step>.output" + rest + "}}."
            : $"Did you mean {{{{steps.{source.Slug}.output{rest}}}}}?";
    }

    private static ValidationFinding Make(string code, FindingSeverity severity, StepDefinition step, string field, string message) =>
        new(code, severity, step.Slug, message) { Field = field };
}
