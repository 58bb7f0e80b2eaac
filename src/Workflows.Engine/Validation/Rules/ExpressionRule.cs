using Workflows.Engine.Expressions;
using Workflows.Engine.Model;

namespace Workflows.Engine.Validation.Rules;

/// <summary>Condition expressions parse (errors carry the column) and read paths that exist.</summary>
internal static class ExpressionRule
{
    private const string Field = "config.expression";

    public static IEnumerable<ValidationFinding> Check(StepDefinition step, ValidationContext context)
    {
        if (step.ConfigString("expression") is not { Length: > 0 } text)
        {
            yield break;
        }
        if (!TryParse(step, text, out var expression, out var parseError))
        {
            yield return parseError!;
            yield break;
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
