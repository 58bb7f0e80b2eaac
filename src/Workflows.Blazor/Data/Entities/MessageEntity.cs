namespace Workflows.Blazor.Data.Entities;

public sealed class MessageEntity : IKeyedRecord
{
    public long Id { get; set; }

    public required string ConversationId { get; set; }

    /// <summary>inbound (from the customer) or outbound (from us).</summary>
    public required string Direction { get; set; }

    public required string Author { get; set; }

    public required string Body { get; set; }

    /// <summary>A reply written but not sent, waiting for someone to approve it.</summary>
    public bool IsDraft { get; set; }

    public DateTimeOffset SentAt { get; set; }

    /// <summary>The key of the step that created it; none when people or the demo data made it.</summary>
    public string? IdempotencyKey { get; set; }
}
