using Workflows.Engine.Common;
using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>Unique slugs, known step types, the ports each type has, the config each type needs, and each type's own checks.</summary>
internal sealed class StepShapeRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in context.Definition.Steps)
        {
            if (!seen.Add(step.Slug))
            {
                yield return Finding.Error(FindingCodes.DuplicateSlug, step.Slug,
                    $"Two steps are called '{step.Slug}'; every step needs its own slug.");
            }
            var declaration = StepTypes.Find(step.Type);
            if (declaration is null)
            {
                yield return Finding.Error(FindingCodes.UnknownStepType, step.Slug,
                    $"'{step.Type}' is not a step type{DidYouMean.Hint(step.Type, StepTypes.All.Select(t => t.Name))}; " +
                    $"use one of {string.Join(", ", StepTypes.All.Select(t => t.Name))}.", "stepType");
                continue;
            }
            var ports = declaration.PortsOf(step);
            foreach (var port in step.NextSteps.Keys.Where(p => !ports.Contains(p)))
            {
                yield return Finding.Error(FindingCodes.UnknownPort, step.Slug,
                    $"{Article.Capitalized(declaration.Phrase)} has no '{port}' port{DidYouMean.Hint(port, ports)}; " +
                    (ports.Count == 0 ? "it has no ports yet." : $"its ports are {string.Join(", ", ports)}."), $"nextSteps.{port}");
            }
            foreach (var key in declaration.RequiredConfig.Where(k => step.IsConfigMissing(k)))
            {
                yield return Finding.Error(FindingCodes.MissingConfig, step.Slug,
                    $"{Article.Capitalized(declaration.Phrase)} needs {Article.ForKey(key)}.", $"config.{key}");
            }
            foreach (var finding in declaration.Check(step, context))
            {
                yield return finding;
            }
        }
    }
}
