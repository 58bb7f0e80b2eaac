namespace Workflows.Blazor.Store;

public sealed record WorkflowSummary(
    string Id,
    string Name,
    string? Description,
    bool IsActive,
    int? ActiveVersion,
    int? LatestVersion,
    string? TriggerType,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The workflow's most recent run; null when it never ran.</summary>
    public WorkflowLastRun? LastRun { get; init; }
}
