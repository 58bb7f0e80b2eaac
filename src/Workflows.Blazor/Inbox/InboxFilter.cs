namespace Workflows.Blazor.Inbox;

/// <summary>
/// The inbox's filters: a priority, overdue or due within a day, words found in the title, description, data or workflow,
/// the workflow the item comes from, and whom it is assigned to (a role or a person's email).
/// </summary>
public sealed record InboxFilter(string? Priority = null, string? Due = null, string? Search = null, string? Workflow = null, string? Assignee = null)
{
    public const string Overdue = "overdue";
    public const string DueSoon = "soon";

    public static readonly TimeSpan SoonWindow = TimeSpan.FromDays(1);

    public bool Matches(ApprovalItem item, DateTimeOffset now) =>
        (string.IsNullOrEmpty(Priority) || item.Priority == Priority)
        && Due switch
        {
            Overdue => IsOverdue(item, now),
            DueSoon => item.DueAt is { } due && due > now && due - now <= SoonWindow,
            _ => true,
        }
        && (string.IsNullOrEmpty(Workflow) || item.WorkflowId == Workflow)
        && (string.IsNullOrEmpty(Assignee) || string.Equals(item.Assignee, Assignee, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrWhiteSpace(Search) || Contains(item.Title) || Contains(item.Description) || Contains(item.DataJson) || Contains(item.WorkflowId));

    public static bool IsOverdue(ApprovalItem item, DateTimeOffset now) => item.DueAt is { } due && due <= now;

    private bool Contains(string? text) => text?.Contains(Search!.Trim(), StringComparison.OrdinalIgnoreCase) == true;
}
