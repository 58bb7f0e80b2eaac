using Workflows.Engine.Runtime;

namespace Workflows.Engine.Validation.Rules;

/// <summary>A step's retry policy has a count and a backoff that can be read.</summary>
internal sealed class RetryRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        foreach (var step in context.Definition.Steps)
        {
            var problem = Problem(step);
            if (problem is not null)
            {
                yield return Finding.Error(FindingCodes.InvalidRetry, step.Slug, $"The step's {problem}", "config.retry");
            }
        }
    }

    private static string? Problem(Model.StepDefinition step)
    {
        try
        {
            RetryPolicy.Of(step);
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }
}
