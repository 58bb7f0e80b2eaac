using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Inbox;

/// <summary>How an approval is named in the audit log: its title and the workflow that asks, as a person reads them.</summary>
internal static class ApprovalTargets
{
    public static async Task<string> NameAsync(AppDbContext db, ApprovalEntity approval, CancellationToken cancellationToken) =>
        approval.WorkflowId is { } workflowId
        && await db.Workflows.AsNoTracking().Where(w => w.Id == workflowId).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken) is { } workflow
            ? $"{approval.Title} · {workflow}"
            : approval.Title;
}
