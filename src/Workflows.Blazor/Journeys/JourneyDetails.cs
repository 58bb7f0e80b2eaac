using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>A journey's latest version, as the editor and the runner read it.</summary>
public sealed record JourneyDetails(string Id, int Version, JourneyDefinition Definition, DateTimeOffset UpdatedAt);
