using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>The guide's best practice: loops nested at most three deep, as each level multiplies the steps a run takes.</summary>
internal static class LoopNestingRule
{
    public const int MaxDepth = 3;

    public static IEnumerable<ValidationFinding> Check(StepDefinition loop, ValidationContext context)
    {
        var around = context.EnclosingLoops(loop.Slug).Count();
        if (around >= MaxDepth)
        {
            yield return Finding.Warning(FindingCodes.LoopsNestedTooDeep, loop.Slug,
                $"This loop runs inside {around} other loops, {around + 1} levels deep; keep loops at most {MaxDepth} deep, as every level " +
                "multiplies the steps a run takes. Move the inner work into a workflow of its own, or prepare a flatter list first.");
        }
    }
}
