namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// One action a journey carries out for a contact, recorded before it runs: an action of a committed decision, or a
/// scheduled action that came due. Its key stays the same however often it runs, so a re-run after a crash finds
/// what the first run sent rather than sending again; done or failed, it is not run again.
/// </summary>
public sealed class JourneyActionStepEntity
{
    public long Id { get; set; }

    public required string RunId { get; set; }

    /// <summary><c>journey/{decision}/{index}</c> for a decision's action, <c>journey/{scheduled id}</c> for a scheduled one.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>The decision that planned it (its entry's <c>decisionId</c>), when it did not come from a schedule.</summary>
    public string? DecisionId { get; set; }

    /// <summary>The scheduled action it carries out, when it came due from a schedule.</summary>
    public string? ScheduledId { get; set; }

    public required string Action { get; set; }

    public string ParametersJson { get; set; } = "{}";

    public required JourneyActionStatus Status { get; set; }

    /// <summary>The parameters as the action used them (templates filled in), once it ran.</summary>
    public string? UsedParametersJson { get; set; }

    public string? OutputJson { get; set; }

    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
