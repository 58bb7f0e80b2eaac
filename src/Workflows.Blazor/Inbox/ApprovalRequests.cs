using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Inbox;

/// <summary>The inbox item a request becomes: an approval step's bookmark (its rendered config) or a <see cref="NewApproval"/>.</summary>
internal static class ApprovalRequests
{
    private static readonly string[] Priorities = ["low", "normal", "high", "urgent"];

    public static ApprovalEntity FromBookmark(ExecutionState state, Bookmark bookmark, string? requestedBy, DateTimeOffset now)
    {
        var payload = bookmark.Payload ?? [];
        var priority = Text(payload["priority"]) ?? "normal";
        return new ApprovalEntity
        {
            Id = Ids.Short("apr"),
            Title = Text(payload["title"]) ?? $"Approval for {bookmark.StepSlug}",
            Description = Text(payload["description"]),
            DataJson = (payload["data"] as JsonObject)?.ToJsonString() ?? "{}",
            FieldsJson = (payload["fields"] as JsonArray)?.ToJsonString() ?? "[]",
            Status = ApprovalStatus.Pending,
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

    public static ApprovalEntity FromRequest(NewApproval request, DateTimeOffset now) => new()
    {
        Id = Ids.Short("apr"),
        Title = request.Title,
        Description = request.Description,
        DataJson = request.DataJson,
        Status = ApprovalStatus.Pending,
        Assignee = request.Assignee,
        Priority = Priorities.Contains(request.Priority) ? request.Priority : "normal",
        DueAt = request.DueAt,
        EscalateTo = request.EscalateTo,
        RequestedBy = request.RequestedBy,
        WorkflowId = request.WorkflowId,
        IdempotencyKey = request.IdempotencyKey,
        CreatedAt = now,
    };

    /// <summary>Who started the run by hand (the API or the editor records it in the trigger info), so they cannot approve it themselves.</summary>
    public static string? StartedBy(ExecutionEntity execution) =>
        execution.TriggerInfoJson is { } info && JsonNode.Parse(info) is JsonObject trigger ? Text(trigger["startedBy"]) : null;

    private static string? Text(JsonNode? node) => node is null ? null : JsonText.ToText(node) is { Length: > 0 } text ? text : null;
}
