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

    /// <summary>pending, awaiting_approval, running, done or cancelled.</summary>
    public required string Status { get; set; }

    public string? ApprovalId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FiredAt { get; set; }
}
