using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Inbox;

/// <summary>The inbox's filters: a priority, overdue or due within a day, and words found in the title, description, data or workflow.</summary>
public sealed record InboxFilter(string? Priority = null, string? Due = null, string? Search = null)
{
    public const string Overdue = "overdue";
    public const string DueSoon = "soon";

    public static readonly TimeSpan SoonWindow = TimeSpan.FromDays(1);

    public bool Matches(ApprovalEntity item, DateTimeOffset now) =>
        (string.IsNullOrEmpty(Priority) || item.Priority == Priority)
        && Due switch
        {
            Overdue => IsOverdue(item, now),
            DueSoon => item.DueAt is { } due && due > now && due - now <= SoonWindow,
            _ => true,
        }
        && (string.IsNullOrWhiteSpace(Search) || Contains(item.Title) || Contains(item.Description) || Contains(item.DataJson) || Contains(item.WorkflowId));

    public static bool IsOverdue(ApprovalEntity item, DateTimeOffset now) => item.DueAt is { } due && due <= now;

    private bool Contains(string? text) => text?.Contains(Search!.Trim(), StringComparison.OrdinalIgnoreCase) == true;
}
