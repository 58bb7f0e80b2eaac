using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Approvals;

public sealed class GetApprovalHistoryAction(IDbContextFactory<AppDbContext> contexts) : ListApprovalsAction(contexts, pending: false)
{
    public override ActionDeclaration Declaration { get; } = new("approval.get_approval_history", "Approvals", "Lists decided approvals, newest first.", Filters)
    {
        Effect = Effect.ReadsData,
        Label = "Approval history",
        Synonyms = ["decided approvals", "past decisions"],
        Outputs = ApprovalListOutputs,
        Aliases = ["get_approval_history"],
    };
}
