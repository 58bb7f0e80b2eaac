using System.Text.Json.Serialization;

namespace Workflows.Blazor.Journeys;

/// <summary>One contact in a journey: who, how far, how much is still to come, and whether they are in the journey's holdout.</summary>
public sealed record JourneyRunSummary(
    string Id, string JourneyId, string ContactId, string? ContactName,
    [property: JsonConverter(typeof(StatusJsonConverter<JourneyRunStatus>))] JourneyRunStatus Status, int Version,
    DateTimeOffset EnrolledAt, DateTimeOffset UpdatedAt, int ActionsTaken, int Upcoming, bool HeldOut = false);
