using System.Text.Json.Nodes;
using Workflows.Blazor.Actions.Approvals;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Inbox;

/// <summary>Turns an approval step's bookmark (its rendered config) into the inbox item that waits for a reviewer.</summary>
public static class ApprovalRequests
{
    private static readonly string[] Priorities = ["low", "normal", "high", "urgent"];

    public static ApprovalEntity FromBookmark(ExecutionState state, Bookmark bookmark, string? requestedBy, DateTimeOffset now)
    {
        var payload = bookmark.Payload ?? [];
        var priority = Text(payload["priority"]) ?? "normal";
        return new ApprovalEntity
        {
            Id = Store.Ids.Short("apr"),
            Title = Text(payload["title"]) ?? $"Approval for {bookmark.StepSlug}",
            Description = Text(payload["description"]),
            DataJson = (payload["data"] as JsonObject)?.ToJsonString() ?? "{}",
            FieldsJson = (payload["fields"] as JsonArray)?.ToJsonString() ?? "[]",
            Status = ApprovalStatuses.Pending,
            Assignee = Text(payload["assignee"]) ?? Security.Roles.Reviewer,
            Priority = Priorities.Contains(priority) ? priority : "normal",
            DueAt = bookmark.DueAt,
            EscalateTo = Text(payload["escalateTo"]),
            RequiredApprovals = int.TryParse(Text(payload["requiredApprovals"]), out var required) && required > 1 ? required : 1,
            ExecutionId = state.ExecutionId,
            StepSlug = bookmark.StepSlug,
            WorkflowId = state.WorkflowId,
            RequestedBy = requestedBy,
            CreatedAt = now,
        };
    }

    /// <summary>Who started the run by hand (the API or the editor records it in the trigger info), so they cannot approve it themselves.</summary>
    public static string? StartedBy(ExecutionEntity execution) =>
        execution.TriggerInfoJson is { } info && JsonNode.Parse(info) is JsonObject trigger ? Text(trigger["startedBy"]) : null;

    private static string? Text(JsonNode? node) => node is null ? null : JsonText.ToText(node) is { Length: > 0 } text ? text : null;
}
