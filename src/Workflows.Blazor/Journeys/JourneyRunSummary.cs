namespace Workflows.Blazor.Journeys;

/// <summary>One contact in a journey: who, how far, and how much is still to come.</summary>
public sealed record JourneyRunSummary(
    string Id, string JourneyId, string ContactId, string? ContactName, string Status, int Version,
    DateTimeOffset EnrolledAt, DateTimeOffset UpdatedAt, int ActionsTaken, int Upcoming);
