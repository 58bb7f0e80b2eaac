using System.Text.Json.Nodes;

namespace Workflows.Blazor.Components.Experiments;

/// <summary>
/// One conversion goal as the goals editor shows it (see <see cref="Workflows.Engine.Experiments.ConversionGoals"/>). It is
/// written back onto the goal as it was read, touching only the fields that changed, so goals set through the API or JSON
/// come back exactly as they were: a missing window stays missing, a field the editor does not show stays.
/// </summary>
public sealed class GoalForm
{
    private const string NameKey = "name";
    private const string EventKey = "event";
    private const string ConditionKey = "condition";
    private const string WindowKey = "window";

    /// <summary>The window a new goal starts with, the one a goal without a window gets.</summary>
    public const string DefaultWindow = "7 days";

    private readonly JsonObject _read;

    private GoalForm(JsonObject read)
    {
        _read = read;
        Name = Text(read, NameKey) ?? "";
        Event = Text(read, EventKey) ?? "";
        Condition = Text(read, ConditionKey) ?? "";
        Window = Text(read, WindowKey);
    }

    public string Name { get; set; }

    /// <summary>The event type that counts as converting, e.g. order.placed.</summary>
    public string Event { get; set; }

    /// <summary>What the event must meet, e.g. <c>{{event.total}} &gt; 50</c>; empty for any such event.</summary>
    public string Condition { get; set; }

    /// <summary>How long after entry the event counts, e.g. "7 days"; null when the goal leaves it to the default.</summary>
    public string? Window { get; set; }

    public static GoalForm New() => new([]) { Window = DefaultWindow };

    /// <summary>The goals of a written list, each as it was; none when it is not a list.</summary>
    public static List<GoalForm> ListOf(JsonNode? goals) =>
        goals is JsonArray list ? [.. list.Select(goal => new GoalForm(goal is JsonObject written ? (JsonObject)written.DeepClone() : []))] : [];

    /// <summary>The goals as written in a definition; null when there are none, so the definition carries no empty list.</summary>
    public static JsonArray? ToJson(IReadOnlyCollection<GoalForm> goals) =>
        goals.Count == 0 ? null : [.. goals.Select(goal => goal.ToJson())];

    private JsonObject ToJson()
    {
        var goal = (JsonObject)_read.DeepClone();
        Write(goal, NameKey, Name);
        Write(goal, EventKey, Event);
        Write(goal, ConditionKey, Condition);
        Write(goal, WindowKey, Window);
        return goal;
    }

    /// <summary>Leaves the field as read unless it was changed; a field emptied is removed.</summary>
    private void Write(JsonObject goal, string key, string? value)
    {
        if ((value ?? "") == (Text(_read, key) ?? ""))
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            goal.Remove(key);
        }
        else
        {
            goal[key] = value.Trim();
        }
    }

    private static string? Text(JsonObject goal, string key) =>
        goal[key] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
