using System.Text.Json.Nodes;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Engine.Validation;

/// <summary>
/// The names a step's templates may use bare, as the user guide writes <c>{{customer.age}}</c>, in the order a run
/// looks them up (<see cref="Runtime.ExecutionScope"/>): an enclosing loop's item variable, a variable a
/// <c>set_variables</c> step before it sets, then a field the trigger declares for the run's input.
/// </summary>
public static class BareNames
{
    /// <summary>The full path a bare <paramref name="root"/> stands for at <paramref name="step"/>, or null when nothing supplies it.</summary>
    public static string? Resolve(ValidationContext context, StepDefinition step, string root) =>
        Sources(context, step).FirstOrDefault(s => s.Name == root).Path;

    /// <summary>Every bare name the step can read, innermost loop item first, each with the path it stands for.</summary>
    public static IEnumerable<(string Name, string Path)> Sources(ValidationContext context, StepDefinition step)
    {
        var loops = context.EnclosingLoops(step.Slug).OrderBy(l => context.LoopBodies[l.Slug].Count).ToList();
        for (var level = 0; level < loops.Count; level++)
        {
            if (loops[level].ConfigString("itemVariable") is { Length: > 0 } variable)
            {
                yield return (variable, "loop" + string.Concat(Enumerable.Repeat(".parent", level)) + ".item");
            }
        }
        var setters = context.Definition.Steps.Where(s => s.Type == StepTypes.Action && s.ConfigString("type") == SetVariablesAction.Name
            && s.Slug != step.Slug && context.CanRunBefore(s.Slug, step.Slug));
        foreach (var setter in setters)
        {
            foreach (var (name, _) in setter.Config["parameters"] as JsonObject ?? [])
            {
                yield return (name, "variables." + name);
            }
        }
        var trigger = context.Graph.HasExplicitTrigger ? context.Graph.Start : null;
        foreach (var field in StepOutputShapes.Input(trigger))
        {
            yield return (field.Name, "input." + field.Name);
        }
    }
}
