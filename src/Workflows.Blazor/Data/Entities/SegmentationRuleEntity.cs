namespace Workflows.Blazor.Data.Entities;

/// <summary>A named rule-based segment (seed 000's "segmentation rules table"): a condition over customer fields.</summary>
public sealed class SegmentationRuleEntity
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public required string Expression { get; set; }

    public bool IsEnabled { get; set; } = true;

    /// <summary>Lower runs first; a customer lands in the first matching segment.</summary>
    public int Priority { get; set; }
}
