using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Approvals;

public sealed class GetApprovalHistoryAction(IDbContextFactory<AppDbContext> contexts) : ListApprovalsAction(contexts, pending: false)
{
    public override ActionDeclaration Declaration { get; } = new("approval.get_approval_history", "approval", "Lists decided approvals, newest first.", Filters)
    {
        Aliases = ["get_approval_history"],
    };
}
