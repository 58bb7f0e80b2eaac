namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// A workflow: its editable draft and, once published, the version that runs. The trigger columns
/// copy the active version's trigger so webhooks, events and schedules find their workflow by index.
/// </summary>
public sealed class WorkflowEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The definition as the editor last saved it (JSON).</summary>
    public required string DraftJson { get; set; }

    public bool IsActive { get; set; }

    /// <summary>The published version new runs use; null until the first publish.</summary>
    public int? ActiveVersion { get; set; }

    public string? TriggerType { get; set; }

    public string? WebhookPath { get; set; }

    public string? EventType { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<WorkflowVersionEntity> Versions { get; set; } = [];
}
