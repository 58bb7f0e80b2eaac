namespace Workflows.Blazor.Journeys;

/// <summary>Where an enrolled contact went: a run of an adaptive journey, or an execution of a locked journey's workflow.</summary>
public sealed record JourneyEnrolled(string? RunId, string? ExecutionId);
