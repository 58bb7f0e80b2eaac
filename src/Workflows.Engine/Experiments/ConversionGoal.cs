using System.Text.Json.Nodes;
using Workflows.Engine.Common;
using Workflows.Engine.Expressions;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Experiments;

/// <summary>
/// What counts as a conversion for a workflow's runs: an event of <see cref="EventType"/> for the run's contact, arriving within
/// <see cref="WindowText"/> after the run started, whose data meets <see cref="Condition"/> (read as <c>{{event.…}}</c>) when there is one.
/// Fields are kept as written, so the validator can name what is wrong with each.
/// </summary>
public sealed record ConversionGoal(string Name, string EventType, string? Condition, string? WindowText)
{
    /// <summary>The window after entry, or null when <see cref="WindowText"/> is not a duration within the bounds.</summary>
    public TimeSpan? Window =>
        WindowText is null ? ConversionGoals.DefaultWindow
        : DurationParser.TryParse(WindowText, out var window) && window >= ConversionGoals.ShortestWindow && window <= ConversionGoals.LongestWindow ? window
        : null;

    /// <summary>True when an event of <paramref name="eventType"/> with <paramref name="data"/> at <paramref name="at"/> converts a run that started at <paramref name="runStartedAt"/>.</summary>
    public bool ConvertedBy(string eventType, JsonNode? data, DateTimeOffset runStartedAt, DateTimeOffset at) =>
        string.Equals(eventType, EventType, StringComparison.Ordinal)
        && Window is { } window && at >= runStartedAt && at <= runStartedAt + window
        && MeetsCondition(data);

    private bool MeetsCondition(JsonNode? data)
    {
        if (string.IsNullOrWhiteSpace(Condition))
        {
            return true;
        }
        try
        {
            return ConditionExpression.Parse(Condition).Evaluate(new EventScope(data));
        }
        // An event without what the condition reads (no total), or with the wrong kind of value, does not convert.
        catch (Exception ex) when (ex is ExpressionParseException or ExpressionEvaluationException or TemplatePathException)
        {
            return false;
        }
    }

    /// <summary>What a goal's condition may read: the event's data as <c>event</c>.</summary>
    private sealed class EventScope(JsonNode? data) : ITemplateScope
    {
        public IEnumerable<string> RootNames => [ConversionGoals.EventRoot];

        public bool TryGetRoot(string name, out JsonNode? value)
        {
            value = name == ConversionGoals.EventRoot ? data : null;
            return name == ConversionGoals.EventRoot;
        }
    }
}
