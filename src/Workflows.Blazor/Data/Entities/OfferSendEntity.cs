namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// An offer sent to a customer, with the code that redeems it and, once redeemed, when and on which order.
/// Unique per idempotency key, so a step re-run after a crash sends the offer once.
/// </summary>
public sealed class OfferSendEntity : IKeyedRecord
{
    public required string Id { get; set; }

    public required string OfferId { get; set; }

    public required string CustomerId { get; set; }

    /// <summary>The code the customer redeems the offer with; unique.</summary>
    public required string Code { get; set; }

    /// <summary>email, sms or push.</summary>
    public required string Channel { get; set; }

    /// <summary>The offer as the customer read it.</summary>
    public required string Text { get; set; }

    /// <summary>The outbox message that carried it.</summary>
    public string? MessageId { get; set; }

    public string? ExecutionId { get; set; }

    public string? IdempotencyKey { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public DateTimeOffset? RedeemedAt { get; set; }

    public string? RedeemedOrderId { get; set; }

    /// <summary>The idempotency key of the step that redeemed it, so a re-run of that step is not a second redemption.</summary>
    public string? RedemptionKey { get; set; }
}
