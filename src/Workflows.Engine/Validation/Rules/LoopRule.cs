using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>A loop has a body (<c>next</c>) and the body comes back to the loop, or it never moves to the next item.</summary>
internal static class LoopRule
{
    public static IEnumerable<ValidationFinding> Check(StepDefinition loop, ValidationContext context)
    {
        var first = loop.TargetOf(Ports.Next);
        if (first is null || context.Graph.Find(first) is null)
        {
            if (first is null)
            {
                yield return Finding.Error(FindingCodes.MissingConfig, loop.Slug,
                    "A loop needs a 'next' step: the step that runs for each item.", "nextSteps.next");
            }
            yield break;
        }
        if (first != loop.Slug && !context.Reachable(first).Contains(loop.Slug))
        {
            yield return Finding.Error(FindingCodes.LoopNeverReturns, loop.Slug,
                $"The loop body starting at '{first}' never comes back to '{loop.Slug}', so only the first item is processed. " +
                $"Point the last step's success port to '{loop.Slug}'.");
        }
    }
}
