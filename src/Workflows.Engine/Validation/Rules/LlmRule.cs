using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Validation.Rules;

/// <summary>An LLM step's tools are actions that exist, and its output format is text or json.</summary>
internal static class LlmRule
{
    private static readonly string[] OutputFormats = ["text", "json"];

    public static IEnumerable<ValidationFinding> Check(StepDefinition step, ValidationContext context)
    {
        if (step.ConfigString("outputFormat") is { } format && !OutputFormats.Contains(format))
        {
            yield return Finding.Error(FindingCodes.InvalidOutputFormat, step.Slug,
                $"outputFormat '{format}' should be text or json.", "config.outputFormat");
        }
        if (step.Config["tools"] is JsonNode tools and not JsonArray)
        {
            yield return Finding.Error(FindingCodes.UnknownTool, step.Slug,
                "tools should be a list of action names, e.g. [\"customer_get\", \"product_search\"].", "config.tools");
            yield break;
        }
        foreach (var tool in (step.Config["tools"] as JsonArray ?? []).Select(JsonText.ToText).Where(t => context.Actions.Find(t) is null))
        {
            yield return Finding.Error(FindingCodes.UnknownTool, step.Slug,
                $"There is no action '{tool}' to offer as a tool{DidYouMean.Hint(tool, context.Actions.AllNames)}.", "config.tools");
        }
    }
}
