namespace Workflows.Blazor.Data.Entities;

/// <summary>An email or SMS a workflow sent, with what happened to it. Unique per idempotency key, so a resumed step never sends twice.</summary>
public sealed class OutboxMessageEntity : IKeyedRecord
{
    public required string Id { get; set; }

    /// <summary>email or sms.</summary>
    public required string Channel { get; set; }

    public required string To { get; set; }

    public string? Subject { get; set; }

    public required string Body { get; set; }

    /// <summary>queued, sent or failed.</summary>
    public required string Status { get; set; }

    public string? Error { get; set; }

    public string? CustomerId { get; set; }

    public string? ExecutionId { get; set; }

    public string? IdempotencyKey { get; set; }

    /// <summary>Secret part of the open-pixel and click links, so nobody can fake an open.</summary>
    public required string TrackingToken { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? ClickedAt { get; set; }
}
