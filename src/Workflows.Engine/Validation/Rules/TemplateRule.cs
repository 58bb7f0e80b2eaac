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
                if (step.Type == StepTypes.Condition && field == "config.expression")
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
        return template.Paths()
            .Where(p => !p.InsideSection)
            .Select(p => PathCheck.Check(context, step, p.Path, field, FindingSeverity.Error))
            .OfType<ValidationFinding>()
            .ToList();
    }
}
