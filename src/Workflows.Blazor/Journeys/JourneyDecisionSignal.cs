namespace Workflows.Blazor.Journeys;

/// <summary>Wakes the decision worker when a run has news, so a decision follows at once rather than on its next look.</summary>
public sealed class JourneyDecisionSignal : WakeUpSignal;
