namespace Workflows.Blazor.Data.Entities;

/// <summary>A campaign action logged by a workflow (seed 000's LogCampaignEvent), or a CRM note (UpdateCRM).</summary>
public sealed class CampaignEventEntity
{
    public long Id { get; set; }

    public string? CustomerId { get; set; }

    public required string Campaign { get; set; }

    public required string EventType { get; set; }

    public string DataJson { get; set; } = "{}";

    public string? ExecutionId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The key of the workflow step that created it, so a step run again returns this row rather than adding another.</summary>
    public string? IdempotencyKey { get; set; }
}
