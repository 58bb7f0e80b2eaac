namespace Workflows.Blazor.Live;

/// <summary>A journey's contacts moved: one entered, was decided for, had an action run, or heard back from a workflow.</summary>
public sealed record JourneyChanged(string JourneyId) : Change;
