using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// An approval as the inbox, the home page and the API show it: what is asked, of whom, by when, and how it was decided.
/// The data, the form's fields, the decisions so far and the fields as the reviewer left them are JSON text.
/// </summary>
public sealed record ApprovalItem(
    string Id,
    string Title,
    string? Description,
    string DataJson,
    string FieldsJson,
    ApprovalStatus Status,
    string? Assignee,
    string Priority,
    DateTimeOffset? DueAt,
    string DecisionsJson,
    string? ExecutionId,
    string? StepSlug,
    string? WorkflowId,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Comment,
    string? ResultFieldsJson,
    DateTimeOffset CreatedAt)
{
    public static ApprovalItem From(ApprovalEntity approval) => new(
        approval.Id, approval.Title, approval.Description, approval.DataJson, approval.FieldsJson, approval.Status, approval.Assignee,
        approval.Priority, approval.DueAt, approval.DecisionsJson, approval.ExecutionId, approval.StepSlug, approval.WorkflowId,
        approval.DecidedBy, approval.DecidedAt, approval.Comment, approval.ResultFieldsJson, approval.CreatedAt);
}
