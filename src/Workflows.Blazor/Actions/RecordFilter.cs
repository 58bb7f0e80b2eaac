using System.Text.Json.Nodes;
using Workflows.Engine.Expressions;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions;

/// <summary>Filters records with the condition language: bare names are the record's fields (a missing field reads as null).</summary>
public static class RecordFilter
{
    public static ConditionExpression Parse(string expression)
    {
        try
        {
            return ConditionExpression.Parse(expression);
        }
        catch (ExpressionParseException ex)
        {
            throw new StepFailedException($"The filter '{expression}' does not parse: {ex.Message}.");
        }
    }

    public static bool Matches(ConditionExpression expression, JsonObject record)
    {
        try
        {
            return expression.Evaluate(new RecordScope(record));
        }
        catch (ExpressionEvaluationException)
        {
            // A record whose fields cannot be compared this way (e.g. a missing number) simply does not match.
            return false;
        }
    }
}
