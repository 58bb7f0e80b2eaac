using System.Text.Json.Nodes;
using Workflows.Engine.Experiments;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Validation.Rules;

/// <summary>
/// The workflow's conversion goals (<see cref="ConversionGoals"/>) can be measured: each names its event, its condition parses and
/// reads only the event, its window is a duration between a minute and 90 days, and no two share a name.
/// </summary>
internal sealed class GoalRule : IValidationRule
{
    public IEnumerable<ValidationFinding> Check(ValidationContext context)
    {
        var written = context.Definition.Config?[ConversionGoals.ConfigKey];
        if (written is null)
        {
            yield break;
        }
        if (written is not JsonArray list || list.Any(goal => goal is not JsonObject))
        {
            yield return Problem("Goals must be a list, each with the event that counts, e.g. { \"event\": \"order.placed\", \"window\": \"7 days\" }.", "config.goals");
            yield break;
        }
        if (list.Count > ConversionGoals.MaxGoals)
        {
            yield return Problem($"This workflow has {list.Count} goals; a workflow may have at most {ConversionGoals.MaxGoals}.", "config.goals");
        }
        var goals = ConversionGoals.Of(context.Definition);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < goals.Count; i++)
        {
            foreach (var finding in Check(goals[i], $"config.goals[{i}]", i + 1))
            {
                yield return finding;
            }
            if (goals[i].Name.Length > 0 && !seen.Add(goals[i].Name))
            {
                yield return Problem($"Two goals are called '{goals[i].Name}'; give each goal its own name.", $"config.goals[{i}].name");
            }
        }
    }

    private static IEnumerable<ValidationFinding> Check(ConversionGoal goal, string field, int number)
    {
        if (goal.EventType.Length == 0)
        {
            yield return Problem($"Goal {number} needs the event that counts as a conversion, e.g. order.placed.", $"{field}.event");
        }
        if (goal.Window is null)
        {
            yield return Problem(
                $"Goal {number}'s window '{goal.WindowText}' must be a duration from 1 minute to 90 days, e.g. \"7 days\".", $"{field}.window");
        }
        if (!string.IsNullOrWhiteSpace(goal.Condition) && ConditionProblem(goal.Condition) is { } problem)
        {
            yield return Problem($"Goal {number}'s condition {problem}", $"{field}.condition");
        }
    }

    private static string? ConditionProblem(string condition)
    {
        try
        {
            var expression = ConditionExpression.Parse(condition);
            return expression.Paths().Any(p => p.Path.Root != ConversionGoals.EventRoot)
                ? "can read only the event, e.g. {{event.total}} > 50."
                : null;
        }
        catch (ExpressionParseException ex)
        {
            return $"does not parse: {ex.Reason} at column {ex.Column}.";
        }
    }

    private static ValidationFinding Problem(string message, string field) => Finding.Error(FindingCodes.InvalidGoal, null, message, field);
}
