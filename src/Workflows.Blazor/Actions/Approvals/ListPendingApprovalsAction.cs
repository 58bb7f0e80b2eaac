using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Approvals;

public sealed class ListPendingApprovalsAction(IDbContextFactory<AppDbContext> contexts) : ListApprovalsAction(contexts, pending: true)
{
    public override ActionDeclaration Declaration { get; } = new("approval.list_pending_approvals", "Approvals", "Lists approvals waiting for a decision.", Filters)
    {
        Effect = Effect.ReadsData,
        Label = "List pending approvals",
        Synonyms = ["waiting approvals", "inbox", "to review"],
        Outputs = ApprovalListOutputs,
        Aliases = ["list_pending_approvals"],
    };
}
