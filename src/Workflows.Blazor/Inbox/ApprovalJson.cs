using System.Text.Json.Nodes;

namespace Workflows.Blazor.Inbox;

public static class ApprovalJson
{
    public static JsonObject ToJson(ApprovalItem approval) => new()
    {
        ["_id"] = approval.Id,
        ["id"] = approval.Id,
        ["title"] = approval.Title,
        ["description"] = approval.Description,
        ["status"] = StatusNames.Of(approval.Status),
        ["assignee"] = approval.Assignee,
        ["priority"] = approval.Priority,
        ["dueAt"] = JsonStore.Time(approval.DueAt),
        ["data"] = JsonStore.Object(approval.DataJson),
        ["fields"] = JsonStore.Array(approval.FieldsJson),
        ["decisions"] = JsonStore.Array(approval.DecisionsJson),
        ["executionId"] = approval.ExecutionId,
        ["stepSlug"] = approval.StepSlug,
        ["decidedBy"] = approval.DecidedBy,
        ["decidedAt"] = JsonStore.Time(approval.DecidedAt),
        ["comment"] = approval.Comment,
        ["resultFields"] = approval.ResultFieldsJson is null ? null : JsonStore.Object(approval.ResultFieldsJson),
        ["createdAt"] = JsonStore.Time(approval.CreatedAt),
    };
}
