using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Approvals;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Inbox;

/// <summary>When nobody decided by the due time, the item closes the way its step's <c>onTimeout</c> says: expired, approved or rejected.</summary>
public static class ApprovalTimeouts
{
    public static Task CloseAsync(AppDbContext db, TimerEntity timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var status = timer.DuePort switch
        {
            Ports.Approved => ApprovalStatuses.Approved,
            Ports.Rejected => ApprovalStatuses.Rejected,
            _ => ApprovalStatuses.Expired,
        };
        return db.Approvals
            .Where(a => a.ExecutionId == timer.ExecutionId && a.StepSlug == timer.StepSlug && a.Status == ApprovalStatuses.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, status)
                .SetProperty(a => a.DecidedAt, now)
                .SetProperty(a => a.Comment, "Nobody decided before the due time."), cancellationToken);
    }
}
