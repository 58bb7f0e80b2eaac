namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// A workflow run a journey started for a contact. Until <see cref="ReportedAt"/> is set, the runner's tick watches
/// the run and, once it has ended, adds its result to the contact's log.
/// </summary>
public sealed class JourneyWorkflowCallEntity
{
    public required string ExecutionId { get; set; }

    public required string RunId { get; set; }

    /// <summary>The journey action, <c>workflow:&lt;id&gt;</c>.</summary>
    public required string Action { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? ReportedAt { get; set; }
}
