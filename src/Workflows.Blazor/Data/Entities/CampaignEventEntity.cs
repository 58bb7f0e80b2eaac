namespace Workflows.Blazor.Data.Entities;

/// <summary>A campaign action logged by a workflow (seed 000's LogCampaignEvent), or a CRM note (UpdateCRM).</summary>
public sealed class CampaignEventEntity : IKeyedRecord
{
    public long Id { get; set; }

    public string? CustomerId { get; set; }

    public required string Campaign { get; set; }

    public required string EventType { get; set; }

    public string DataJson { get; set; } = "{}";

    public string? ExecutionId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The key of the step that created it; none when people or the demo data made it.</summary>
    public string? IdempotencyKey { get; set; }
}
