using Workflows.Engine.Common;
using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>Every port leads to a step that exists, or to <c>end</c>.</summary>
internal sealed class LinkRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        var slugs = context.Definition.Steps.Select(s => s.Slug).ToList();
        foreach (var step in context.Definition.Steps)
        {
            foreach (var (port, target) in step.NextSteps)
            {
                if (context.Graph.Find(target) is null && !context.Graph.IsEnd(target))
                {
                    yield return Finding.Error(FindingCodes.MissingTarget, step.Slug,
                        $"The '{port}' port leads to '{target}', which is not a step{DidYouMean.Hint(target, slugs.Concat(WorkflowTargets.EndNames))}.",
                        $"nextSteps.{port}");
                }
            }
        }
    }
}
