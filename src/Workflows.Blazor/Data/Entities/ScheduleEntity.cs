namespace Workflows.Blazor.Data.Entities;

/// <summary>The cron schedule of an active workflow with a schedule trigger, and when it fires next.</summary>
public sealed class ScheduleEntity
{
    public required string WorkflowId { get; set; }

    public required string Cron { get; set; }

    public required string TimeZone { get; set; }

    public DateTimeOffset? NextFireAt { get; set; }

    public DateTimeOffset? LastFiredAt { get; set; }
}
