using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>Every action names a known action and gives its required parameters.</summary>
internal static class ActionRule
{
    public static IEnumerable<ValidationFinding> Check(StepDefinition step, ValidationContext context)
    {
        if (step.ConfigString("type") is not { Length: > 0 } type)
        {
            yield break;
        }
        var handler = context.Actions.Find(type);
        if (handler is null)
        {
            yield return Finding.Error(FindingCodes.UnknownActionType, step.Slug,
                $"There is no action '{type}'{DidYouMean.Hint(type, context.Actions.AllNames)}.", "config.type");
            yield break;
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
