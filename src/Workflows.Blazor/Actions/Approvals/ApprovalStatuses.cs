namespace Workflows.Blazor.Actions.Approvals;

public static class ApprovalStatuses
{
    public const string Pending = "pending";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string ChangesRequested = "changes_requested";
    public const string Expired = "expired";
    public const string Cancelled = "cancelled";
}
