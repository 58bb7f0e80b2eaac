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
    /// <summary>Every bare name the step can read, innermost loop item first, each with the path it stands for.</summary>
    public static IEnumerable<BareName> Sources(ValidationContext context, StepDefinition step)
    {
        var trigger = context.Graph.HasExplicitTrigger ? context.Graph.Start : null;
        var input = StepOutputShapes.Input(trigger);
        var loops = context.EnclosingLoops(step.Slug).OrderBy(l => context.LoopBodies[l.Slug].Count).ToList();
        for (var level = 0; level < loops.Count; level++)
        {
            if (loops[level].ConfigString("itemVariable") is { Length: > 0 } variable)
            {
                var fields = LoopItemFields.For(loops[level], context.Definition, context.Actions, input);
                yield return new BareName(variable, "loop" + string.Concat(Enumerable.Repeat(".parent", level)) + ".item",
                    $"the loop's current {variable}", fields.Count > 0 ? DataField.Object(variable, Labels.Humanize(variable), fields) : null);
            }
        }
        var setters = context.Definition.Steps.Where(s => StepTypes.ActionOf(s) == SetVariablesAction.Name
            && s.Slug != step.Slug && context.CanRunBefore(s.Slug, step.Slug));
        // Two steps may set the same variable to differently shaped values; then nothing is known of its shape.
        foreach (var variable in setters.SelectMany(StepOutputShapes.Variables).GroupBy(v => v.Name))
        {
            yield return new BareName(variable.Key, "variables." + variable.Key, $"the variable '{variable.Key}'", variable.Count() == 1 ? variable.First() : null);
        }
        foreach (var field in input)
        {
            yield return new BareName(field.Name, "input." + field.Name, "the run's input", field);
        }
    }
}
