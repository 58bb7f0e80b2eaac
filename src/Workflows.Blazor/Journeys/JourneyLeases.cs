using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// The per-contact lock of journeys, kept in the run's row so every process sees it: a lease (owner and expiry) taken
/// with one conditional update, renewed while held, released when done, and taken over once a stopped holder's lease
/// ran out. Beside it, a claim on asking the model, so two workers do not ask for the same decision; the lease itself
/// is never held while the model thinks.
/// </summary>
public sealed class JourneyLeases(IDbContextFactory<AppDbContext> contexts, IOptions<RunnerOptions> options, TimeProvider time)
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LastRetry = TimeSpan.FromMilliseconds(250);

    private TimeSpan Term => TimeSpan.FromSeconds(Math.Max(1, options.Value.JourneyLeaseSeconds));

    /// <summary>The run's lease, if nobody holds it or its holder's ran out; null while someone else holds it.</summary>
    public async Task<JourneyLease?> TryTakeAsync(string runId, CancellationToken cancellationToken)
    {
        var owner = Ids.New();
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await db.JourneyRuns
            .Where(r => r.Id == runId && (r.LeaseOwner == null || r.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseOwner, owner).SetProperty(r => r.LeaseExpiresAt, now + Term), cancellationToken);
        return taken == 1 ? new JourneyLease(this, runId, owner) : null;
    }

    /// <summary>The run's lease, once its holder lets it go (or its lease runs out).</summary>
    public async Task<JourneyLease> TakeAsync(string runId, CancellationToken cancellationToken)
    {
        for (var wait = FirstRetry; ; wait = Min(wait * 2, LastRetry))
        {
            if (await TryTakeAsync(runId, cancellationToken) is { } lease)
            {
                return lease;
            }
            // Real time: the holder finishes in real time whatever the journeys' clock says.
            await Task.Delay(wait, cancellationToken);
        }
    }

    /// <summary>Whether the run still had news to decide and nobody else was asking the model for it; if so, it is now claimed for the caller.</summary>
    public async Task<DecisionClaim> ClaimDecisionAsync(string runId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.JourneyRuns
            .Where(r => r.Id == runId && r.DecisionDue && (r.DecidingUntil == null || r.DecidingUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.DecidingUntil, now + Term), cancellationToken);
        return claimed == 1 ? DecisionClaim.Claimed
            : await db.JourneyRuns.AnyAsync(r => r.Id == runId && r.DecisionDue, cancellationToken) ? DecisionClaim.Busy
            : DecisionClaim.NotDue;
    }

    /// <summary>Waits while another is asking the model for the run; true once the caller holds the claim, false when nothing is left to decide.</summary>
    public async Task<bool> AwaitDecisionClaimAsync(string runId, CancellationToken cancellationToken)
    {
        for (var wait = FirstRetry; ; wait = Min(wait * 2, LastRetry))
        {
            var claim = await ClaimDecisionAsync(runId, cancellationToken);
            if (claim != DecisionClaim.Busy)
            {
                return claim == DecisionClaim.Claimed;
            }
            await Task.Delay(wait, cancellationToken);
        }
    }

    /// <summary>Extends the claim on asking the model, before asking it again.</summary>
    public async Task RenewDecisionClaimAsync(string runId, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + Term;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.JourneyRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.DecidingUntil, until), cancellationToken);
    }

    /// <summary>Lets others ask the model for the run again (recorded even when the caller is being stopped).</summary>
    public async Task ReleaseDecisionClaimAsync(string runId)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.JourneyRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.DecidingUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <summary>Extends a held lease; false when it was lost (it ran out and another took it), so the caller must stop.</summary>
    internal async Task<bool> RenewAsync(JourneyLease lease, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + Term;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JourneyRuns.Where(r => r.Id == lease.RunId && r.LeaseOwner == lease.Owner)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseExpiresAt, until), cancellationToken) == 1;
    }

    internal async Task ReleaseAsync(JourneyLease lease)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        await db.JourneyRuns.Where(r => r.Id == lease.RunId && r.LeaseOwner == lease.Owner)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseOwner, (string?)null).SetProperty(r => r.LeaseExpiresAt, (DateTimeOffset?)null), CancellationToken.None);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
