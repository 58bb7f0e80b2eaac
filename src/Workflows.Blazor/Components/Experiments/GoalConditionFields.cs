using Workflows.Blazor.Editor;
using Workflows.Engine.Editing;
using Workflows.Engine.Experiments;

namespace Workflows.Blazor.Components.Experiments;

/// <summary>
/// The fields a goal's condition builder offers: the chosen event's data, read as <c>{{event.…}}</c>, in a marketer's words.
/// A one-word field is named with what the event is about ("Order total" for order.placed's total); an event whose fields
/// are not known offers none, and the condition is then picked from what it already reads or written as text.
/// </summary>
public static class GoalConditionFields
{
    /// <summary>What each kind of event is about, by the first part of its type; events about a run or a journey name their fields in full.</summary>
    private static readonly Dictionary<string, string> Subjects = new(StringComparer.Ordinal)
    {
        ["order"] = "Order",
        ["customer"] = "Customer",
        ["conversation"] = "Conversation",
        ["approval"] = "Approval",
        ["email"] = "Email",
    };

    public static IReadOnlyList<ConditionFieldChoice> For(string? eventType) =>
        GoalEvents.Find(eventType) is { } known
            ? ConditionFieldChoice.From(known.Data.Select(f => DataTree.Of($"{ConversionGoals.EventRoot}.{f.Name}", f with { Label = Named(known.Type, f.Label) })))
            : [];

    private static string Named(string eventType, string label) =>
        !label.Contains(' ') && Subjects.TryGetValue(eventType.Split('.')[0], out var subject) ? $"{subject} {label.ToLowerInvariant()}" : label;
}
