namespace Workflows.Engine.Journeys;

/// <summary>A scheduled action to drop, by the id its <c>action_scheduled</c> entry gave it.</summary>
public sealed record Cancellation(string ScheduledId, string? Reason);
