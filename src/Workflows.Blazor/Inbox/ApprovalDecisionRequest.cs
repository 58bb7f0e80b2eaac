using System.Text.Json.Nodes;

namespace Workflows.Blazor.Inbox;

/// <summary>A reviewer's decision: approved, rejected or changes_requested, with a comment and the form's values.</summary>
public sealed record ApprovalDecisionRequest(string Decision, string? Comment = null, JsonObject? Fields = null);
