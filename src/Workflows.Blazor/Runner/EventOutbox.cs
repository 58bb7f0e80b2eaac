using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Publishes the events waiting in the outbox, oldest first, each by its own id, and removes each once published.
/// A crash before the removal publishes it again on start, which the event's id makes harmless
/// (<see cref="EventPublisher.DeliverAsync"/>). An event that fails waits longer before each new try. Each event is
/// claimed before it is published where instances share the database (on SQLite the app is alone), by moving its next
/// attempt on where it still is what was read, so of two instances that read it only one publishes it; a claim whose
/// instance stopped runs out after <see cref="ClaimTime"/>.
/// </summary>
public sealed class EventOutbox(
    IDbContextFactory<AppDbContext> contexts, EventPublisher publisher, InstanceLeases leases, TimeProvider time, ILogger<EventOutbox> log)
{
    public const int BatchSize = 50;
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);
    private static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(1);

    /// <summary>One pass over the events due now; the number handled (published or put off), so a full batch means look again.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.EventOutbox.Where(e => e.NextAttemptAt <= now).OrderBy(e => e.RaisedAt).ThenBy(e => e.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var item in due)
        {
            if (leases.Shared && !await ClaimAsync(db, item, now, cancellationToken))
            {
                continue;
            }
            try
            {
                await publisher.DeliverAsync(item.Id, item.Type, item.SubjectId, RunnerJson.Node(item.DataJson), item.RaisedAt, cancellationToken);
                db.EventOutbox.Remove(item);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                item.Attempts++;
                item.LastError = ex.Message;
                item.NextAttemptAt = time.GetUtcNow() + Backoff(item.Attempts);
                log.LogError(ex, "The {EventType} event {EventId} could not be published (attempt {Attempt})", item.Type, item.Id, item.Attempts);
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return due.Count;
    }

    private static async Task<bool> ClaimAsync(AppDbContext db, EventOutboxEntity item, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.EventOutbox.Where(e => e.Id == item.Id && e.NextAttemptAt == item.NextAttemptAt)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.NextAttemptAt, now + ClaimTime), cancellationToken) == 1;

    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(attempts, 20)), LongestWait.TotalSeconds));
}
