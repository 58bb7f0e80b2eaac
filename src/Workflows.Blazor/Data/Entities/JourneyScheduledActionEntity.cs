using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// An action a journey will run for a contact: at <see cref="DueAt"/>, fired by the runner's tick, unless a later
/// decision cancels it. Actions that need approval wait for their inbox item before they run.
/// </summary>
public sealed class JourneyScheduledActionEntity
{
    public required string Id { get; set; }

    public required string RunId { get; set; }

    public required string Action { get; set; }

    public string ParametersJson { get; set; } = "{}";

    public DateTimeOffset DueAt { get; set; }

    public string? Reason { get; set; }

    public required JourneyActionStatus Status { get; set; }

    public string? ApprovalId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FiredAt { get; set; }

    /// <summary>For an action that repeats: how long between two times; <see cref="DueAt"/> is then the next time.</summary>
    public TimeSpan? RepeatEvery { get; set; }

    /// <summary>No time of the series after this.</summary>
    public DateTimeOffset? RepeatUntil { get; set; }

    /// <summary>How many times the series runs in all.</summary>
    public int? RepeatTimes { get; set; }

    /// <summary>How many times the action has fired so far.</summary>
    public int TimesFired { get; set; }

    public Repeat? Repeat => RepeatEvery is { } every ? new Repeat(every, RepeatUntil, RepeatTimes) : null;
}
