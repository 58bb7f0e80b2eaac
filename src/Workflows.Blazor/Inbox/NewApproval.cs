namespace Workflows.Blazor.Inbox;

/// <summary>A request for a decision that pauses no run: from the <c>create_approval</c> action or a journey's sensitive action.</summary>
public sealed record NewApproval(string Title, string? RequestedBy)
{
    public string? Description { get; init; }

    /// <summary>What the reviewer looks at, as a JSON object.</summary>
    public string DataJson { get; init; } = "{}";

    /// <summary>A role (Reviewer) or a person's email.</summary>
    public string Assignee { get; init; } = Security.Roles.Reviewer;

    public string Priority { get; init; } = "normal";

    public DateTimeOffset? DueAt { get; init; }

    /// <summary>The role the request is handed to, once, when it is overdue; it expires only after a second period.</summary>
    public string? EscalateTo { get; init; }

    public string? WorkflowId { get; init; }

    /// <summary>The asking action's key: asked again with the same key, the inbox gives the first item and adds none.</summary>
    public string? IdempotencyKey { get; init; }
}
