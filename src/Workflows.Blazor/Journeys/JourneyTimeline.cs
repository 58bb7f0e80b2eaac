using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>A contact's run: its context log in order, and the scheduled actions still to come.</summary>
public sealed record JourneyTimeline(JourneyRunSummary Run, IReadOnlyList<ContextEntry> Entries, IReadOnlyList<ScheduledActionView> Upcoming);
