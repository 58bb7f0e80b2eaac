using System.Text.Json.Serialization;

namespace Workflows.Blazor.Journeys;

/// <summary>One contact in a journey: who, how far, and how much is still to come.</summary>
public sealed record JourneyRunSummary(
    string Id, string JourneyId, string ContactId, string? ContactName,
    [property: JsonConverter(typeof(StatusJsonConverter<JourneyRunStatus>))] JourneyRunStatus Status, int Version,
    DateTimeOffset EnrolledAt, DateTimeOffset UpdatedAt, int ActionsTaken, int Upcoming);
