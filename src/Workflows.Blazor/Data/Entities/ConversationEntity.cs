namespace Workflows.Blazor.Data.Entities;

public sealed class ConversationEntity
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

    /// <summary>The key of the workflow step that created it, so a step run again returns this row rather than adding another.</summary>
    public string? IdempotencyKey { get; set; }
}
