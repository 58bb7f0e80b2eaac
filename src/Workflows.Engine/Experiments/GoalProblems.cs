using System.Text.Json.Nodes;
using Workflows.Engine.Expressions;

namespace Workflows.Engine.Experiments;

/// <summary>
/// What keeps a written list of conversion goals (<see cref="ConversionGoals"/>) from being measured, for a workflow's and a
/// journey's goals alike: each names its event, its condition parses and reads only the event, its window is a duration between
/// a minute and 90 days, and no two share a name. Each problem names the field it is about, under <c>field</c>.
/// </summary>
public static class GoalProblems
{
    public static IEnumerable<(string Message, string Field)> Of(JsonNode? written, string field)
    {
        if (written is null)
        {
            yield break;
        }
        if (written is not JsonArray list || list.Any(goal => goal is not JsonObject))
        {
            yield return ("Goals must be a list, each with the event that counts, e.g. { \"event\": \"order.placed\", \"window\": \"7 days\" }.", field);
            yield break;
        }
        if (list.Count > ConversionGoals.MaxGoals)
        {
            yield return ($"There are {list.Count} goals; at most {ConversionGoals.MaxGoals} are allowed.", field);
        }
        var goals = ConversionGoals.Of(list);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < goals.Count; i++)
        {
            foreach (var problem in Check(goals[i], $"{field}[{i}]", i + 1))
            {
                yield return problem;
            }
            if (goals[i].Name.Length > 0 && !seen.Add(goals[i].Name))
            {
                yield return ($"Two goals are called '{goals[i].Name}'; give each goal its own name.", $"{field}[{i}].name");
            }
        }
    }

    private static IEnumerable<(string Message, string Field)> Check(ConversionGoal goal, string field, int number)
    {
        if (goal.EventType.Length == 0)
        {
            yield return ($"Goal {number} needs the event that counts as a conversion, e.g. order.placed.", $"{field}.event");
        }
        if (goal.Window is null)
        {
            yield return ($"Goal {number}'s window '{goal.WindowText}' must be a duration from 1 minute to 90 days, e.g. \"7 days\".", $"{field}.window");
        }
        if (!string.IsNullOrWhiteSpace(goal.Condition) && ConditionProblem(goal.Condition) is { } problem)
        {
            yield return ($"Goal {number}'s condition {problem}", $"{field}.condition");
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
}
