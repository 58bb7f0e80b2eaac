namespace Workflows.Blazor.Data.Entities;

/// <summary>
/// One line of a customer's rewards ledger: loyalty points given (or taken back) and/or a discount coupon.
/// Unique per idempotency key, so a step re-run after a crash does not reward twice.
/// </summary>
public sealed class CustomerRewardEntity : IKeyedRecord
{
    public required string Id { get; set; }

    public required string CustomerId { get; set; }

    /// <summary>Points added to the balance; negative when points are taken back.</summary>
    public int Points { get; set; }

    /// <summary>The customer's points balance once this line was applied.</summary>
    public int BalanceAfter { get; set; }

    public double? DiscountPercent { get; set; }

    /// <summary>The code the customer gives at checkout for the discount.</summary>
    public string? CouponCode { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public string? Reason { get; set; }

    public string? ExecutionId { get; set; }

    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
