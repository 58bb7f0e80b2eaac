using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Validation.Rules;

/// <summary>Every <c>{{…}}</c> in a step's config parses and points at something that exists when the step runs.</summary>
internal sealed class TemplateRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        foreach (var step in context.Definition.Steps)
        {
            foreach (var (field, _, text) in ConfigStrings.In(step.Config, "config"))
            {
                if (StepTypes.Find(step.Type)?.ExpressionKeys.Any(key => field == $"config.{key}") == true)
                {
                    continue;
                }
                foreach (var finding in CheckText(context, step, field, text))
                {
                    yield return finding;
                }
            }
        }
    }

    private static IEnumerable<ValidationFinding> CheckText(ValidationContext context, StepDefinition step, string field, string text)
    {
        if (!Template.MayContainTags(text))
        {
            return [];
        }
        Template template;
        try
        {
            template = Template.Parse(text);
        }
        catch (TemplateSyntaxException ex)
        {
            return [Finding.Error(FindingCodes.InvalidTemplate, step.Slug, $"{field}: {ex.Message}", field)];
        }
        return SectionPaths.Check(context, step, template, field)
            .Concat(template.RawInserts().Where(IsData).Select(path => UnescapedData(step, field, path)))
            .ToList();
    }

    /// <summary>Values the run makes up itself cannot carry markup; everything else may come from a customer.</summary>
    private static readonly HashSet<string> RunValues = ["organizationId", "wfDefinitionId", "executionId", "$now", "secrets"];

    private static bool IsData(TemplatePath? path) => path is null || !RunValues.Contains(path.Root);

    private static ValidationFinding UnescapedData(StepDefinition step, string field, TemplatePath? path)
    {
        var name = path?.Text ?? ".";
        return Finding.Warning(FindingCodes.UnescapedData, step.Slug,
            $"{field}: {{{{{{{name}}}}}}} puts data into the message as HTML, unescaped: whoever can change it (a customer, a form, a model) " +
            $"could add links or markup to what you send. Write {{{{{name}}}}} unless it is HTML you trust.", field);
    }
}
