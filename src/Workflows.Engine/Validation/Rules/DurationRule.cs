using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Validation.Rules;

/// <summary>Literal durations (a wait's, an approval's due time: the keys each type declares) ("3 days", "PT8S") can be read.</summary>
internal sealed class DurationRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        foreach (var step in context.Definition.Steps)
        {
            foreach (var key in StepTypes.Find(step.Type)?.DurationKeys ?? [])
            {
                if (step.ConfigString(key) is { } text && !Template.MayContainTags(text) && !DurationParser.TryParse(text, out _))
                {
                    yield return Finding.Error(FindingCodes.InvalidDuration, step.Slug,
                        $"'{text}' is not a duration; write e.g. \"30 seconds\", \"3 days\", \"2 weeks\" or \"PT8S\".", $"config.{key}");
                }
            }
        }
    }
}
