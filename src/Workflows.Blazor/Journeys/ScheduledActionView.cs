namespace Workflows.Blazor.Journeys;

/// <summary>A scheduled journey action as the timeline shows it.</summary>
public sealed record ScheduledActionView(string Id, string Action, DateTimeOffset DueAt, string? Reason, string Status);
