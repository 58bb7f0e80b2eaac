namespace Workflows.Blazor.Kernel;

/// <summary>
/// Where an approval request is: pending until a reviewer decides it (approved, rejected or changes requested), nobody
/// did by its due time (expired, or approved / rejected when its step says so), or its run was cancelled. An escalated
/// item stays pending with a new assignee. Stored as its <see cref="StatusNames"/> word.
/// </summary>
public enum ApprovalStatus
{
    Pending,
    Approved,
    Rejected,
    ChangesRequested,
    Expired,
    Cancelled,
}
