using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>Every action names a known action and gives its required parameters.</summary>
internal sealed class ActionRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        foreach (var step in context.Definition.Steps.Where(s => s.Type == StepTypes.Action))
        {
            if (step.ConfigString("type") is not { Length: > 0 } type)
            {
                continue;
            }
            var handler = context.Actions.Find(type);
            if (handler is null)
            {
                yield return Finding.Error(FindingCodes.UnknownActionType, step.Slug,
                    $"There is no action '{type}'{DidYouMean.Hint(type, context.Actions.AllNames)}.", "config.type");
                continue;
            }
            var parameters = step.Config["parameters"] as JsonObject;
            foreach (var parameter in handler.Declaration.Parameters.Where(p => p.Required && parameters?[p.Name] is null))
            {
                yield return Finding.Error(FindingCodes.MissingParameter, step.Slug,
                    $"{handler.Declaration.Title} needs {parameter.Title}: {parameter.Purpose}.",
                    $"config.parameters.{parameter.Name}");
            }
        }
    }
}
