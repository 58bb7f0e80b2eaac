using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>A contact's run: its context log in order, the actions running now, and the scheduled actions still to come.</summary>
public sealed record JourneyTimeline(JourneyRunSummary Run, IReadOnlyList<ContextEntry> Entries, IReadOnlyList<ScheduledActionView> Upcoming)
{
    /// <summary>Recorded actions that have not finished (they run right after their decision, or again after a restart).</summary>
    public IReadOnlyList<JourneyStepView> Running { get; init; } = [];
}
