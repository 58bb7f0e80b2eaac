using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>A loop has a body (<c>next</c>) and the body comes back to the loop, or it never moves to the next item.</summary>
internal sealed class LoopRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        foreach (var loop in context.Definition.Steps.Where(s => s.Type == StepTypes.Loop))
        {
            var first = loop.TargetOf(Ports.Next);
            if (first is null || context.Graph.Find(first) is null)
            {
                if (first is null)
                {
                    yield return Finding.Error(FindingCodes.MissingConfig, loop.Slug,
                        "A loop needs a 'next' step: the step that runs for each item.", "nextSteps.next");
                }
                continue;
            }
            if (first != loop.Slug && !context.Reachable(first).Contains(loop.Slug))
            {
                yield return Finding.Error(FindingCodes.LoopNeverReturns, loop.Slug,
                    $"The loop body starting at '{first}' never comes back to '{loop.Slug}', so only the first item is processed. " +
                    $"Point the last step's success port to '{loop.Slug}'.");
            }
        }
    }
}
