using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Runner;

/// <summary>How a run is named in the audit log: how it started and the workflow it runs ("Manual run of Welcome email").</summary>
internal static class RunTargets
{
    public static async Task<AuditTarget> OfAsync(AppDbContext db, ExecutionEntity execution, CancellationToken cancellationToken)
    {
        var workflow = await db.Workflows.AsNoTracking().Where(w => w.Id == execution.WorkflowId).Select(w => w.Name).FirstOrDefaultAsync(cancellationToken)
            ?? "a deleted workflow";
        return AuditTarget.Run(execution.Id, Name(execution.TriggerType, workflow));
    }

    public static string Name(string triggerType, string workflow) =>
        $"{(triggerType.Length == 0 ? "" : char.ToUpperInvariant(triggerType[0]) + triggerType[1..])} run of {workflow}";
}
