using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// Keeps the stats rollup (<see cref="StatsCountEntity"/>): folds the step records written since the last fold
/// (<see cref="StatsStepFold"/>) and the conversions not yet counted (<see cref="StatsConversionFold"/>) into counts per
/// workflow, version and hour the run started, so a workflow's stats read a few thousand rows however many runs it has.
/// The background job (<see cref="StatsFoldJob"/>) folds long backlogs a batch at a time; a read folds only a short one.
/// Several app instances may fold at once: each batch first locks the watermark row, so they take turns, and claims what
/// it counts (the watermark moved by compare-and-set, conversions marked counted only if they were not), so nothing is
/// counted twice.
/// </summary>
public sealed class StatsRollup(IDbContextFactory<AppDbContext> contexts, IOptions<StatsSettings> settings)
{
    internal const int WatermarkId = 1;
    private readonly SemaphoreSlim _folding = new(1, 1);
    private bool _hasWatermark;

    /// <summary>Folds everything not counted yet, a batch at a time, each its own transaction: stopping loses nothing.</summary>
    public async Task FoldAsync(CancellationToken cancellationToken = default)
    {
        await EnsureWatermarkAsync(cancellationToken);
        while (await FoldBatchAsync(StatsStepFold.FoldAsync, cancellationToken))
        {
        }
        while (await FoldBatchAsync(StatsConversionFold.FoldAsync, cancellationToken))
        {
        }
    }

    /// <summary>
    /// Before a read: folds what is new when it is short, and answers the share of the recorded step records and conversions
    /// the rollup has counted (1 when it is up to date). A long backlog is left to the background job, so reads stay quick.
    /// </summary>
    public async Task<double> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counted = await db.StatsWatermarks.Where(w => w.Id == WatermarkId).Select(w => w.LastStepId).FirstOrDefaultAsync(cancellationToken);
        var recorded = await db.ExecutionSteps.MaxAsync(s => (long?)s.Id, cancellationToken) ?? 0;
        var uncounted = await db.Conversions.LongCountAsync(c => !c.Counted, cancellationToken);
        if (recorded - counted + uncounted <= settings.Value.FoldOnRead)
        {
            await FoldAsync(cancellationToken);
            return 1;
        }
        var conversions = await db.Conversions.LongCountAsync(cancellationToken);
        return (double)(counted + conversions - uncounted) / (recorded + conversions);
    }

    /// <summary>One batch in one transaction; true when there may be more (a full batch, or a claim another instance won).</summary>
    private async Task<bool> FoldBatchAsync(Func<AppDbContext, int, StatsCountRows, CancellationToken, Task<StatsFolded>> fold, CancellationToken cancellationToken)
    {
        await _folding.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await LockAsync(db, cancellationToken);
            var counts = new StatsCountRows();
            var folded = await fold(db, settings.Value.BatchSize, counts, cancellationToken);
            if (folded is StatsFolded.Nothing or StatsFolded.Lost)
            {
                return folded == StatsFolded.Lost;
            }
            await counts.SaveToAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return folded == StatsFolded.FullBatch;
        }
        finally
        {
            _folding.Release();
        }
    }

    /// <summary>
    /// Writes the watermark row first, so another instance's fold waits for this one's commit and then reads what it
    /// counted (PostgreSQL's row lock; SQLite has one writer anyway).
    /// </summary>
    private static Task LockAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.StatsWatermarks.Where(w => w.Id == WatermarkId).ExecuteUpdateAsync(s => s.SetProperty(w => w.LastStepId, w => w.LastStepId), cancellationToken);

    private async Task EnsureWatermarkAsync(CancellationToken cancellationToken)
    {
        if (_hasWatermark)
        {
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.InsertIfAbsentAsync(new StatsWatermarkEntity { Id = WatermarkId }, cancellationToken);
        _hasWatermark = true;
    }
}

/// <summary>What one fold batch did.</summary>
internal enum StatsFolded
{
    /// <summary>Nothing was left to count.</summary>
    Nothing,

    /// <summary>Another instance claimed the same records first: this batch counts nothing and is tried again.</summary>
    Lost,

    /// <summary>Counted fewer than a batch: it caught up.</summary>
    LastBatch,

    /// <summary>Counted a whole batch: there may be more.</summary>
    FullBatch,
}
