using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Inbox;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Approvals;

/// <summary>
/// Approves or rejects a request made with <c>create_approval</c>. Requests that pause a run (approval steps)
/// are decided in the inbox, where the reviewer's identity is known and the run resumes.
/// </summary>
public sealed class UpdateApprovalStatusAction(ApprovalCommands approvals) : IActionHandler
{
    private static readonly ApprovalStatus[] Decisions = [ApprovalStatus.Approved, ApprovalStatus.Rejected, ApprovalStatus.Cancelled];

    public ActionDeclaration Declaration { get; } = new("approval.update_approval_status", "Approvals", "Approves, rejects or cancels an approval request.",
        [
            ActionParameter.Mandatory("approvalId", ParameterType.String, "the approval's id"),
            ActionParameter.Mandatory("status", ParameterType.String, "approved, rejected or cancelled"),
            ActionParameter.Optional("comment", ParameterType.String, "why"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Decide approval",
        Synonyms = ["approve", "reject", "cancel approval"],
        Outputs = OutputShapes.Approval,
        Aliases = ["update_approval_status", "approval_update_status"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var id = invocation.RequireString("approvalId");
        var text = invocation.RequireString("status");
        if (!StatusNames.TryParse<ApprovalStatus>(text, out var status) || !Decisions.Contains(status))
        {
            throw new StepFailedException($"status '{text}' is not one of {string.Join(", ", Decisions.Select(d => StatusNames.Of(d)))}.");
        }
        try
        {
            var approval = await approvals.SettleAsync(id, status, invocation.GetString("comment"), $"workflow {invocation.Context.State.WorkflowId}", cancellationToken);
            return new ActionResult(ApprovalJson.ToJson(ApprovalItem.From(approval)));
        }
        catch (AppException refused)
        {
            throw new StepFailedException(refused.Message);
        }
    }
}
