using Workflows.Engine.Model;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Inbox;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Approvals;

/// <summary><c>list_pending_approvals</c> (waiting ones, oldest first) and <c>get_approval_history</c> (decided ones, newest first).</summary>
public abstract class ListApprovalsAction(IDbContextFactory<AppDbContext> contexts, bool pending) : IActionHandler
{
    public abstract ActionDeclaration Declaration { get; }

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var approvals = db.Approvals.AsNoTracking()
            .Where(a => pending ? a.Status == ApprovalStatus.Pending : a.Status != ApprovalStatus.Pending);
        if (invocation.GetString("assignee") is { Length: > 0 } assignee)
        {
            approvals = approvals.Where(a => a.Assignee == assignee);
        }
        var ordered = pending ? approvals.OrderBy(a => a.CreatedAt) : approvals.OrderByDescending(a => a.DecidedAt);
        var page = await ordered.Take(invocation.GetInt("limit", 20, 1, 200)).ToListAsync(cancellationToken);
        return new ActionResult(new JsonObject { ["approvals"] = new JsonArray(page.Select(a => (JsonNode)ApprovalJson.ToJson(ApprovalItem.From(a))).ToArray()) });
    }

    protected static IReadOnlyList<DataField> ApprovalListOutputs { get; } = [DataField.List("approvals", "Approvals", OutputShapes.Approval)];

    protected static IReadOnlyList<ActionParameter> Filters { get; } =
    [
        ActionParameter.Optional("assignee", ParameterType.String, "only those assigned to this role or person"),
        ActionParameter.Optional("limit", ParameterType.Number, "how many at most (default 20, up to 200)"),
    ];
}
