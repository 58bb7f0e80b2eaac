namespace Workflows.Blazor.Live;

/// <summary>A contact of the journey was enrolled, got news, a decision, or an action that was scheduled, asked about, run or dropped.</summary>
public sealed record JourneyChanged(string JourneyId) : Change;
