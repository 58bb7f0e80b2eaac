namespace Workflows.Blazor.Data.Entities;

public sealed class ConversationEntity : IKeyedRecord
{
    public required string Id { get; set; }

    public string? CustomerId { get; set; }

    /// <summary>email, chat or sms.</summary>
    public required string Channel { get; set; }

    public required string Subject { get; set; }

    /// <summary>open, pending or resolved.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<MessageEntity> Messages { get; set; } = [];

    /// <summary>The key of the step that created it; none when people or the demo data made it.</summary>
    public string? IdempotencyKey { get; set; }
}
