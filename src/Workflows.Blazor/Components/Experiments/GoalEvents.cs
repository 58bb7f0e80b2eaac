using Workflows.Blazor.Actions.Events;
using Workflows.Blazor.Messaging;

namespace Workflows.Blazor.Components.Experiments;

/// <summary>The events a goal can count, as the goals editor offers them: the app's own events and tracked email opens and clicks.</summary>
public static class GoalEvents
{
    /// <summary>Each event type with what a marketer reads for it; any other type (a custom event) may be typed in.</summary>
    public static IReadOnlyList<(string Type, string Label)> Known { get; } =
    [
        .. DomainEventTypes.All.Select(e => (e.Type, e.Label)),
        (TrackingRecorder.Opened, "A tracked email is opened"),
        (TrackingRecorder.Clicked, "A link in a tracked email is clicked"),
    ];

    /// <summary>The known types that contain what was typed; all of them for nothing typed.</summary>
    public static IEnumerable<string> Matching(string? typed) =>
        Known.Where(e => string.IsNullOrWhiteSpace(typed) || e.Type.Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase)
                || e.Label.Contains(typed.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(e => e.Type);

    public static string? LabelOf(string type) => Known.FirstOrDefault(e => e.Type == type).Label;
}
