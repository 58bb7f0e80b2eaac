using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>One row of the journeys list.</summary>
public sealed record JourneySummary(string Id, string Name, int Version, JourneyMode Mode, string? Audience, int ActiveContacts, int TotalContacts, DateTimeOffset UpdatedAt);
