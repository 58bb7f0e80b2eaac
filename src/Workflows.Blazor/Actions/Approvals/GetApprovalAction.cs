using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Inbox;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Approvals;

public sealed class GetApprovalAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("approval.get_approval", "Approvals", "Gets an approval request and its decision.",
        [ActionParameter.Mandatory("approvalId", ParameterType.String, "the approval's id")])
    {
        Effect = Effect.ReadsData,
        Label = "Get approval",
        Synonyms = ["approval status", "decision"],
        Outputs = OutputShapes.Approval,
        Aliases = ["get_approval", "approval_get"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var id = invocation.RequireString("approvalId");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var approval = await db.Approvals.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new StepFailedException($"There is no approval '{id}'.");
        return new ActionResult(ApprovalJson.ToJson(ApprovalItem.From(approval)));
    }
}
