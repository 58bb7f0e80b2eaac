using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Messaging;

/// <summary>One page of outbox messages, newest first, and how many match in all.</summary>
public sealed record OutboxPage(IReadOnlyList<OutboxMessageEntity> Messages, int Total);
