using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Approvals;

/// <summary>
/// Approves or rejects a request made with <c>create_approval</c>. Requests that pause a run (approval steps)
/// are decided in the inbox, where the reviewer's identity is known and the run resumes.
/// </summary>
public sealed class UpdateApprovalStatusAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    private static readonly string[] Decisions = [ApprovalStatuses.Approved, ApprovalStatuses.Rejected, ApprovalStatuses.Cancelled];

    public ActionDeclaration Declaration { get; } = new("approval.update_approval_status", "Approvals", "Approves, rejects or cancels an approval request.",
        [
            ActionParameter.Mandatory("approvalId", ParameterType.String, "the approval's id"),
            ActionParameter.Mandatory("status", ParameterType.String, "approved, rejected or cancelled"),
            ActionParameter.Optional("comment", ParameterType.String, "why"),
        ])
    {
        Label = "Decide approval",
        Synonyms = ["approve", "reject", "cancel approval"],
        Outputs = OutputShapes.Approval,
        Aliases = ["update_approval_status", "approval_update_status"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var id = invocation.RequireString("approvalId");
        var status = invocation.RequireString("status");
        if (!Decisions.Contains(status))
        {
            throw new StepFailedException($"status '{status}' is not one of {string.Join(", ", Decisions)}.");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var approval = await db.Approvals.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new StepFailedException($"There is no approval '{id}'.");
        if (approval.ExecutionId is not null)
        {
            throw new StepFailedException("This approval pauses a run; decide it in the inbox so the run can resume.");
        }
        if (approval.Status != ApprovalStatuses.Pending)
        {
            throw new StepFailedException($"This approval was already {approval.Status}.");
        }
        var now = time.GetUtcNow();
        var decidedBy = $"workflow {invocation.Context.State.WorkflowId}";
        approval.Status = status;
        approval.Comment = invocation.GetString("comment");
        approval.DecidedBy = decidedBy;
        approval.DecidedAt = now;
        var decisions = JsonStore.Array(approval.DecisionsJson);
        decisions.Add(new JsonObject { ["reviewer"] = decidedBy, ["decision"] = status, ["comment"] = approval.Comment, ["at"] = now.ToString("O") });
        approval.DecisionsJson = decisions.ToJsonString();
        await db.SaveChangesAsync(cancellationToken);
        return new ActionResult(ApprovalJson.ToJson(approval));
    }
}
