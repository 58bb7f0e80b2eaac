namespace Workflows.Blazor.Messaging;

/// <summary>One page of outbox messages, newest first, and how many match in all.</summary>
public sealed record OutboxPage(IReadOnlyList<OutboxMessageRow> Messages, int Total);
