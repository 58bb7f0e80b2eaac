namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// A request for a person's decision: from an approval step (then it resumes that execution) or from the
/// guide's <c>create_approval</c> action. Both share this record.
/// </summary>
public sealed class ApprovalEntity : IKeyedRecord
{
    public required string Id { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>What the reviewer looks at: the customer, the proposed offer, the LLM's reasoning.</summary>
    public string DataJson { get; set; } = "{}";

    /// <summary>The form the reviewer fills: a JSON array of { name, label, type, required, default, options }.</summary>
    public string FieldsJson { get; set; } = "[]";

    public required ApprovalStatus Status { get; set; }

    /// <summary>A role (Reviewer) or a user's email.</summary>
    public string? Assignee { get; set; }

    /// <summary>low, normal, high or urgent.</summary>
    public string Priority { get; set; } = "normal";

    public DateTimeOffset? DueAt { get; set; }

    /// <summary>The role that takes the item over once it is overdue (the step's <c>escalateTo</c>).</summary>
    public string? EscalateTo { get; set; }

    /// <summary>When the item was handed to <see cref="EscalateTo"/>; it escalates once.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    public int RequiredApprovals { get; set; } = 1;

    /// <summary>A JSON array of { reviewer, decision, comment, at }.</summary>
    public string DecisionsJson { get; set; } = "[]";

    public string? ExecutionId { get; set; }

    public string? StepSlug { get; set; }

    public string? WorkflowId { get; set; }

    public string? RequestedBy { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? Comment { get; set; }

    /// <summary>The fields as the reviewer left them (possibly corrected).</summary>
    public string? ResultFieldsJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The key of the action that asked for it: the same action run again finds this item rather than adding one.</summary>
    public string? IdempotencyKey { get; set; }
}
