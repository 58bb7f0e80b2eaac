using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Journeys;

/// <summary>A scheduled journey action as the timeline shows it.</summary>
public sealed record ScheduledActionView(
    string Id, string Action, DateTimeOffset DueAt, string? Reason,
    [property: JsonConverter(typeof(StatusJsonConverter<JourneyActionStatus>))] JourneyActionStatus Status)
{
    /// <summary>For an action that repeats: <c>every</c>, <c>until</c>, <c>times</c>; <see cref="DueAt"/> is its next time.</summary>
    public JsonObject? Repeat { get; init; }

    /// <summary>How many times it has run so far.</summary>
    public int TimesFired { get; init; }

    public static ScheduledActionView Of(JourneyScheduledActionEntity row) =>
        new(row.Id, row.Action, row.DueAt, row.Reason, row.Status) { Repeat = row.Repeat?.ToJson(), TimesFired = row.TimesFired };
}
