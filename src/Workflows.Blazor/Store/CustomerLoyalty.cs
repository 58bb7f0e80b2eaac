using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Store;

/// <summary>The Data page's view of a customer's account manager, rewards ledger and offers sent, and the choice of their manager.</summary>
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

    /// <summary>Makes <paramref name="managerId"/> the customer's account manager; null leaves them without one.</summary>
    public async Task AssignManagerAsync(string customerId, string? managerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (managerId is not null && !await db.AccountManagers.AnyAsync(m => m.Id == managerId, cancellationToken))
        {
            throw new StepFailedException($"There is no account manager '{managerId}'.");
        }
        await db.Customers.Where(c => c.Id == customerId).ExecuteUpdateAsync(set => set.SetProperty(c => c.AccountManagerId, managerId), cancellationToken);
    }
}
