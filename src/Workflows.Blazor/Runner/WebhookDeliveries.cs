using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Runner;

/// <summary>
/// Starts a webhook's run once per delivery. The run and the keys the delivery is known by are stored in one
/// transaction, so a repeat (seconds later, after a restart, or at the same moment) finds a key and answers the
/// first run. The only writer of the webhook deliveries table; the hourly retention forgets old deliveries.
/// </summary>
public sealed class WebhookDeliveries(
    IDbContextFactory<AppDbContext> contexts,
    ExecutionStarter starter,
    ExecutionDispatcher dispatcher,
    IOptions<WebhookOptions> options,
    TimeProvider time)
{
    /// <summary>The run the delivery started, or the first run of a delivery known by any of the same keys; no keys, a new run every time.</summary>
    public async Task<WebhookRun> StartOnceAsync(string path, RunRequest request, IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return new WebhookRun(await starter.StartAsync(request, cancellationToken), Replayed: false);
        }
        if (await FirstRunAsync(path, keys, cancellationToken) is { } first)
        {
            return new WebhookRun(first, Replayed: true);
        }
        var (version, definition) = await starter.VersionToRunAsync(request.WorkflowId, cancellationToken);
        var execution = starter.NewExecution(request, version, definition);
        var now = time.GetUtcNow();
        var forgotten = now - options.Value.RememberDeliveries;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // A key remembered past its time, not yet pruned, would otherwise refuse a new delivery with that key.
            await db.WebhookDeliveries.Where(d => d.Path == path && keys.Contains(d.Key) && d.ReceivedAt <= forgotten)
                .ExecuteDeleteAsync(cancellationToken);
            ExecutionStarter.Queue(db, execution);
            db.WebhookDeliveries.AddRange(keys.Select(key => new WebhookDeliveryEntity { Path = path, Key = key, ExecutionId = execution.Id, ReceivedAt = now }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same delivery, arriving at the same moment, stored its keys first.
            if (await FirstRunAsync(path, keys, cancellationToken) is { } winner)
            {
                return new WebhookRun(winner, Replayed: true);
            }
            throw;
        }
        dispatcher.Signal(execution.Id);
        return new WebhookRun(execution.Id, Replayed: false);
    }

    /// <summary>Deletes deliveries older than <see cref="WebhookOptions.RememberDeliveriesHours"/>.</summary>
    public async Task<int> ForgetOldAsync(CancellationToken cancellationToken = default)
    {
        var forgotten = time.GetUtcNow() - options.Value.RememberDeliveries;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookDeliveries.Where(d => d.ReceivedAt <= forgotten).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task<string?> FirstRunAsync(string path, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var forgotten = time.GetUtcNow() - options.Value.RememberDeliveries;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Path == path && keys.Contains(d.Key) && d.ReceivedAt > forgotten)
            .OrderBy(d => d.ReceivedAt)
            .Select(d => d.ExecutionId)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
