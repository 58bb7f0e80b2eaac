using System.Text.Json.Serialization;

namespace Workflows.Blazor.Journeys;

/// <summary>An action a decision or a schedule set going that has not finished yet, as the timeline shows it.</summary>
public sealed record JourneyStepView(
    string Action, [property: JsonConverter(typeof(StatusJsonConverter<JourneyActionStatus>))] JourneyActionStatus Status, DateTimeOffset CreatedAt)
{
    /// <summary>The status in the words the timeline shows.</summary>
    public string Words => Status == JourneyActionStatus.Running ? "running" : "about to run";
}
