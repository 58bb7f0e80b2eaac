namespace Workflows.Blazor.Store;

/// <summary>A customer's rewards ledger and the offers sent to them, newest first.</summary>
public sealed record CustomerLoyaltyHistory(IReadOnlyList<RewardLine> Rewards, IReadOnlyList<SentOffer> Offers);
