using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Store;

/// <summary>The Data page's view of a customer's account manager, rewards ledger and offers sent; <c>CustomerCommands</c> changes them.</summary>
public sealed class CustomerLoyalty(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<IReadOnlyList<AccountManager>> ManagersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AccountManagers.AsNoTracking().OrderBy(m => m.Name).Select(m => new AccountManager(m.Id, m.Name, m.Email)).ToListAsync(cancellationToken);
    }

    public async Task<CustomerLoyaltyHistory> HistoryAsync(string customerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rewards = await db.CustomerRewards.AsNoTracking().Where(r => r.CustomerId == customerId).OrderByDescending(r => r.CreatedAt)
            .Select(r => new RewardLine(r.CreatedAt, r.Points, r.BalanceAfter, r.DiscountPercent, r.CouponCode, r.ExpiresAt, r.Reason, r.ExecutionId))
            .ToListAsync(cancellationToken);
        var offers = await db.OfferSends.AsNoTracking().Where(s => s.CustomerId == customerId).OrderByDescending(s => s.SentAt)
            .Join(db.Offers, s => s.OfferId, o => o.Id, (s, o) => new SentOffer(o.Name, s.Code, s.Channel, s.SentAt, s.RedeemedAt, s.RedeemedOrderId))
            .ToListAsync(cancellationToken);
        return new CustomerLoyaltyHistory(rewards, offers);
    }
}
