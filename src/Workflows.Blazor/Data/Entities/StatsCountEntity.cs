namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// One count of a workflow's stats rollup, for the runs of one version that started in one hour: with an empty
/// <see cref="Goal"/>, the runs that started (empty step), reached a step (empty port) or left it by a port; with a goal,
/// the runs that converted (empty step), or converted after taking a split's path. Kept by <c>StatsRollup</c>.
/// </summary>
public sealed class StatsCountEntity
{
    public required string WorkflowId { get; set; }

    public int Version { get; set; }

    /// <summary>The start of the hour the counted runs started in.</summary>
    public DateTimeOffset Hour { get; set; }

    public required string Goal { get; set; }

    public required string StepSlug { get; set; }

    public required string Port { get; set; }

    public long Count { get; set; }
}
