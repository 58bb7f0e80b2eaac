using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// The tick's pass over webhook deliveries whose subscriber failed before and whose wait is over. Each is claimed by
/// moving its next attempt on, where it still is what was read, so two passes (or two app instances) never post it twice at once.
/// </summary>
public sealed class JourneySubscriberRetries(IDbContextFactory<AppDbContext> contexts, JourneySubscriberDelivery delivery, TimeProvider time) : IDueWork
{
    private const int BatchSize = 50;

    public async Task ProcessAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claimed = new List<string>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var due = await db.JourneySubscriberDeliveries.AsNoTracking()
                .Where(d => d.NextAttemptAt != null && d.NextAttemptAt <= now)
                .OrderBy(d => d.NextAttemptAt)
                .Select(d => new { d.Id, d.NextAttemptAt })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var item in due)
            {
                var taken = await db.JourneySubscriberDeliveries
                    .Where(d => d.Id == item.Id && d.NextAttemptAt == item.NextAttemptAt)
                    .ExecuteUpdateAsync(set => set.SetProperty(d => d.NextAttemptAt, now + JourneySubscriberDelivery.Claim), cancellationToken);
                if (taken == 1)
                {
                    claimed.Add(item.Id);
                }
            }
        }
        foreach (var id in claimed)
        {
            await delivery.AttemptAsync(id, cancellationToken);
        }
    }
}
