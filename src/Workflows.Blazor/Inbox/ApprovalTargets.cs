using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// How an approval is named in the audit log: its title and the workflow that asks, as a person reads them; it links to
/// the run it pauses, or to the inbox.
/// </summary>
internal static class ApprovalTargets
{
    public static async Task<AuditTarget> OfAsync(AppDbContext db, ApprovalEntity approval, CancellationToken cancellationToken)
    {
        var name = approval.WorkflowId is { } workflowId
            && await db.Workflows.AsNoTracking().Where(w => w.Id == workflowId).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken) is { } workflow
                ? $"{approval.Title} · {workflow}"
                : approval.Title;
        return approval.ExecutionId is { } executionId ? AuditTarget.Run(executionId, name) : new AuditTarget(name, "/inbox");
    }
}
