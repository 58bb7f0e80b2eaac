using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Inbox;
using Workflows.Engine.Common;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Approvals;

/// <summary>
/// Puts a request in the reviewers' inbox without pausing the run (the guide's "create approval for AI-generated
/// email"). To pause until someone decides, use an approval step instead.
/// </summary>
public sealed class CreateApprovalAction(ApprovalCommands approvals, TimeProvider time) : IActionHandler
{
    private static readonly string[] Priorities = ["low", "normal", "high", "urgent"];

    public ActionDeclaration Declaration { get; } = new("approval.create_approval", "Approvals", "Creates an approval request in the inbox.",
        [
            ActionParameter.Mandatory("title", ParameterType.String, "what needs a decision"),
            ActionParameter.Optional("description", ParameterType.String, "more detail for the reviewer"),
            ActionParameter.Optional("data", ParameterType.Object, "what the reviewer should see"),
            ActionParameter.Optional("assignee", ParameterType.String, "a role (Reviewer) or a person's email"),
            ActionParameter.Optional("priority", ParameterType.String, "low, normal (default), high or urgent"),
            ActionParameter.Optional("dueIn", ParameterType.String, "how long the reviewer has, e.g. 2 days"),
            ActionParameter.Optional("escalateTo", ParameterType.String, "a role the request is handed to once it is overdue, with as long again"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Create approval request",
        Synonyms = ["ask for approval", "review", "sign off"],
        Outputs = OutputShapes.Approval,
        Aliases = ["create_approval", "approval_create"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var priority = invocation.GetString("priority") ?? "normal";
        if (!Priorities.Contains(priority))
        {
            throw new StepFailedException($"priority '{priority}' is not one of {string.Join(", ", Priorities)}.");
        }
        var now = time.GetUtcNow();
        var approval = await approvals.CreateAsync(new NewApproval(invocation.RequireString("title"), invocation.ExecutionId())
        {
            Description = invocation.GetString("description"),
            DataJson = invocation.GetObject("data")?.ToJsonString() ?? "{}",
            Assignee = invocation.GetString("assignee") ?? Security.Roles.Reviewer,
            Priority = priority,
            DueAt = invocation.GetString("dueIn") is { } dueIn
                ? now + (DurationParser.TryParse(dueIn, out var duration) ? duration : throw new StepFailedException($"dueIn '{dueIn}' is not a duration, e.g. 2 days."))
                : null,
            EscalateTo = invocation.GetString("escalateTo"),
            WorkflowId = invocation.Context.State.WorkflowId,
            IdempotencyKey = invocation.IdempotencyKey,
        }, cancellationToken);
        return new ActionResult(ApprovalJson.ToJson(ApprovalItem.From(approval)));
    }
}
