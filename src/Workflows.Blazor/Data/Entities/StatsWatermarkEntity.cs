namespace Workflows.Blazor.Data.Entities;

/// <summary>How far the stats rollup has counted the runs' step records: every record up to <see cref="LastStepId"/>.</summary>
public sealed class StatsWatermarkEntity
{
    public int Id { get; set; }

    public long LastStepId { get; set; }
}
