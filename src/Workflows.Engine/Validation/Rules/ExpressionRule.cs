using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>Condition expressions parse (errors carry the column) and read paths that exist.</summary>
internal sealed class ExpressionRule : IValidationRule
{
    private const string Field = "config.expression";

    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        foreach (var step in context.Definition.Steps.Where(s => s.Type == StepTypes.Condition))
        {
            if (step.ConfigString("expression") is not { Length: > 0 } text)
            {
                continue;
            }
            if (!TryParse(step, text, out var expression, out var parseError))
            {
                yield return parseError!;
                continue;
            }
            foreach (var path in expression!.Paths())
            {
                var severity = path.Braced ? FindingSeverity.Error : FindingSeverity.Warning;
                if (PathCheck.Check(context, step, path.Path, Field, severity) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private static bool TryParse(StepDefinition step, string text, out ConditionExpression? expression, out ValidationFinding? error)
    {
        try
        {
            expression = ConditionExpression.Parse(text);
            error = null;
            return true;
        }
        catch (ExpressionParseException ex)
        {
            expression = null;
            error = new ValidationFinding(FindingCodes.InvalidExpression, FindingSeverity.Error, step.Slug,
                $"The condition does not parse: {ex.Reason} at column {ex.Column}.") { Field = Field, Column = ex.Column };
            return false;
        }
    }
}
