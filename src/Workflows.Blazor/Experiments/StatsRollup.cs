using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// Keeps the stats rollup (<see cref="StatsCountEntity"/>): folds the step records written since the last fold and the
/// conversions not yet counted into counts per workflow, version and hour the run started, so a workflow's stats read a few
/// thousand rows however many runs it has. A run is counted once per step and port, however often it passes them. Test
/// runs are left out. The runner's commit is untouched: the stats catch up when they are read.
/// </summary>
public sealed class StatsRollup(IDbContextFactory<AppDbContext> contexts)
{
    private const int BatchSize = 20_000;
    private const int WatermarkId = 1;
    private readonly SemaphoreSlim _folding = new(1, 1);

    private sealed record FoldedStep(long Id, string ExecutionId, int Sequence, string StepSlug, string? Port, string WorkflowId, int Version,
        DateTimeOffset RunStartedAt, bool IsTest);

    private sealed record CountKey(string WorkflowId, int Version, DateTimeOffset Hour, string Goal, string StepSlug, string Port);

    /// <summary>Folds everything not counted yet; a batch at a time, each its own transaction.</summary>
    public async Task FoldAsync(CancellationToken cancellationToken = default)
    {
        await _folding.WaitAsync(cancellationToken);
        try
        {
            while (await FoldStepsAsync(cancellationToken))
            {
            }
            while (await FoldConversionsAsync(cancellationToken))
            {
            }
        }
        finally
        {
            _folding.Release();
        }
    }

    /// <summary>One batch of step records after the watermark; true when there may be more.</summary>
    private async Task<bool> FoldStepsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var watermark = await db.StatsWatermarks.FirstOrDefaultAsync(w => w.Id == WatermarkId, cancellationToken)
            ?? db.StatsWatermarks.Add(new StatsWatermarkEntity { Id = WatermarkId }).Entity;
        var last = watermark.LastStepId;
        var records = await db.ExecutionSteps.AsNoTracking().Where(s => s.Id > last).OrderBy(s => s.Id).Take(BatchSize)
            .Join(db.Executions, s => s.ExecutionId, e => e.Id,
                (s, e) => new FoldedStep(s.Id, s.ExecutionId, s.Sequence, s.StepSlug, s.Port, e.WorkflowId, e.Version, e.CreatedAt, e.IsTest))
            .ToListAsync(cancellationToken);
        if (records.Count == 0)
        {
            return false;
        }
        var counted = records.Where(r => !r.IsTest).OrderBy(r => r.Id).ToList();
        var seen = await VisitedBeforeAsync(db, counted, last, cancellationToken);
        var counts = new Dictionary<CountKey, long>();
        foreach (var record in counted)
        {
            var hour = StatsHours.Floor(record.RunStartedAt);
            if (record.Sequence == 1)
            {
                Add(counts, new CountKey(record.WorkflowId, record.Version, hour, "", "", ""));
            }
            foreach (var (step, port) in Visits(record.StepSlug, record.Port))
            {
                if (seen.Add((record.ExecutionId, step, port)))
                {
                    Add(counts, new CountKey(record.WorkflowId, record.Version, hour, "", step, port));
                }
            }
        }
        await AddCountsAsync(db, counts, cancellationToken);
        watermark.LastStepId = records.Max(r => r.Id);
        return await CommitAsync(db, transaction, cancellationToken) && records.Count == BatchSize;
    }

    /// <summary>The steps and ports the batch's resumed runs passed before it: those are counted already.</summary>
    private static async Task<HashSet<(string Run, string Step, string Port)>> VisitedBeforeAsync(AppDbContext db, List<FoldedStep> batch, long last,
        CancellationToken cancellationToken)
    {
        // A run whose first record is in the batch has none before it.
        var resumed = batch.GroupBy(r => r.ExecutionId).Where(g => g.Min(r => r.Sequence) > 1).Select(g => g.Key).ToList();
        if (resumed.Count == 0)
        {
            return [];
        }
        var earlier = await db.ExecutionSteps.AsNoTracking().Where(s => resumed.Contains(s.ExecutionId) && s.Id <= last)
            .Select(s => new { s.ExecutionId, s.StepSlug, s.Port }).ToListAsync(cancellationToken);
        return [.. earlier.SelectMany(s => Visits(s.StepSlug, s.Port).Select(v => (s.ExecutionId, v.Step, v.Port)))];
    }

    /// <summary>What one step record counts toward: reaching the step (an empty port) and, when it left, its port.</summary>
    private static IEnumerable<(string Step, string Port)> Visits(string step, string? port) =>
        port is null ? [(step, "")] : [(step, ""), (step, port)];

    /// <summary>
    /// One batch of conversions not counted yet, each credited to its goal and to every port its run left a step by; the
    /// stats read the split paths' among them.
    /// </summary>
    private async Task<bool> FoldConversionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var conversions = await db.Conversions.Where(c => !c.Counted).OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (conversions.Count == 0)
        {
            return false;
        }
        var runs = conversions.Select(c => c.ExecutionId).ToList();
        var paths = (await db.ExecutionSteps.AsNoTracking().Where(s => runs.Contains(s.ExecutionId) && s.Port != null)
            .Select(s => new { s.ExecutionId, s.StepSlug, Port = s.Port! }).Distinct().ToListAsync(cancellationToken)).ToLookup(s => s.ExecutionId);
        var counts = new Dictionary<CountKey, long>();
        foreach (var conversion in conversions)
        {
            var hour = StatsHours.Floor(conversion.RunStartedAt);
            Add(counts, new CountKey(conversion.WorkflowId, conversion.Version, hour, conversion.Goal, "", ""));
            foreach (var path in paths[conversion.ExecutionId])
            {
                Add(counts, new CountKey(conversion.WorkflowId, conversion.Version, hour, conversion.Goal, path.StepSlug, path.Port));
            }
            conversion.Counted = true;
        }
        await AddCountsAsync(db, counts, cancellationToken);
        return await CommitAsync(db, transaction, cancellationToken) && conversions.Count == BatchSize;
    }

    private static void Add(Dictionary<CountKey, long> counts, CountKey key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>Adds the batch's counts to the rollup's rows, making the rows it lacks.</summary>
    private static async Task AddCountsAsync(AppDbContext db, Dictionary<CountKey, long> counts, CancellationToken cancellationToken)
    {
        foreach (var group in counts.GroupBy(c => (c.Key.WorkflowId, c.Key.Version)))
        {
            var (workflowId, version) = group.Key;
            var (first, last) = (group.Min(c => c.Key.Hour), group.Max(c => c.Key.Hour));
            var rows = await db.StatsCounts.Where(c => c.WorkflowId == workflowId && c.Version == version && c.Hour >= first && c.Hour <= last)
                .ToDictionaryAsync(c => new CountKey(c.WorkflowId, c.Version, c.Hour, c.Goal, c.StepSlug, c.Port), cancellationToken);
            foreach (var (key, count) in group)
            {
                if (rows.TryGetValue(key, out var row))
                {
                    row.Count += count;
                }
                else
                {
                    db.StatsCounts.Add(new StatsCountEntity
                    {
                        WorkflowId = key.WorkflowId, Version = key.Version, Hour = key.Hour, Goal = key.Goal, StepSlug = key.StepSlug, Port = key.Port, Count = count,
                    });
                }
            }
        }
    }

    /// <summary>False when another app instance folded the same batch first (the watermark moved): this one's counts are dropped.</summary>
    private static async Task<bool> CommitAsync(AppDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
    }
}
