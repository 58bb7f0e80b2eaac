namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// A run whose contact reached one of its workflow's conversion goals inside the goal's window; (ExecutionId, Goal) is unique,
/// so a run converts once per goal however many matching events follow. The split paths it is credited to are the run's own
/// split step records.
/// </summary>
public sealed class ConversionEntity
{
    public required string Id { get; set; }

    public required string WorkflowId { get; set; }

    public int Version { get; set; }

    public required string ExecutionId { get; set; }

    /// <summary>The goal's name, as the workflow version the run ran names it.</summary>
    public required string Goal { get; set; }

    public required string EventType { get; set; }

    public string? ContactId { get; set; }

    /// <summary>When the run started (the contact's entry), so conversions are counted for the same period as the runs.</summary>
    public DateTimeOffset RunStartedAt { get; set; }

    public DateTimeOffset ConvertedAt { get; set; }

    /// <summary>Whether the stats rollup has counted it yet.</summary>
    public bool Counted { get; set; }
}
