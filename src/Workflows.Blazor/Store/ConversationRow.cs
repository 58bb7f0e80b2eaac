namespace Workflows.Blazor.Store;

/// <summary>A conversation with its newest message and whether a reply is waiting as a draft.</summary>
public sealed record ConversationRow(string Id, string Subject, string Channel, string Status, DateTimeOffset UpdatedAt, string? LastMessage, bool HasDraftReply);
