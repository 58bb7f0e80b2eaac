using Workflows.Blazor.Actions.Events;
using Workflows.Blazor.Messaging;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Components.Experiments;

/// <summary>The events a goal can count, as the goals editor offers them: the app's own events and tracked email opens and clicks.</summary>
public static class GoalEvents
{
    /// <summary>Each event type with what a marketer reads for it and the fields of its data; any other type (a custom event) may be typed in.</summary>
    public static IReadOnlyList<GoalEvent> Known { get; } =
    [
        .. DomainEventTypes.All.Select(e => new GoalEvent(e.Type, e.Label, e.Data)),
        new(TrackingRecorder.Opened, "A tracked email is opened", [Text("messageId", "Email ID"), Text("to", "Sent to")]),
        new(TrackingRecorder.Clicked, "A link in a tracked email is clicked", [Text("messageId", "Email ID"), Text("to", "Sent to"), Text("url", "Link clicked")]),
    ];

    /// <summary>The known types that contain what was typed; all of them for nothing typed.</summary>
    public static IEnumerable<string> Matching(string? typed) =>
        Known.Where(e => string.IsNullOrWhiteSpace(typed) || e.Type.Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase)
                || e.Label.Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Type);

    public static string? LabelOf(string type) => Find(type)?.Label;

    public static GoalEvent? Find(string? type) => Known.FirstOrDefault(e => e.Type == type);
}
