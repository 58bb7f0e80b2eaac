namespace Workflows.Blazor.Store;

/// <summary>One line of a customer's rewards ledger as the Data page shows it.</summary>
public sealed record RewardLine(
    DateTimeOffset At, int Points, int BalanceAfter, double? DiscountPercent, string? CouponCode, DateTimeOffset? ExpiresAt, string? Reason, string? ExecutionId);
