namespace Workflows.Blazor.Messaging;

/// <summary>A message of the outbox as its page lists it: where it went, how it went and when it was read.</summary>
public sealed record OutboxMessageRow(
    string Id,
    string Channel,
    string To,
    string? Subject,
    string Status,
    string? Error,
    DateTimeOffset? SentAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClickedAt);
