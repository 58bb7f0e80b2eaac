using System.Text.Json.Nodes;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>What a decision is taken on: the run's log as it stood at <paramref name="Sequence"/>, the journey, the contact, and the time.</summary>
internal sealed record DecisionBasis(
    string RunId, string ContactId, bool IsActive, long Sequence, JourneyDefinition Definition, JourneyLog Log, JsonObject? Contact, DateTimeOffset At);
