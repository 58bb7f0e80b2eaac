using Workflows.Blazor.Live;

namespace Workflows.Blazor.Journeys;

/// <summary>The eval session's status changed: it started, moved to its next trial, or ended (finished, cancelled or failed).</summary>
public sealed record JourneyEvalChanged(JourneyEvalStatus Status) : Change;
