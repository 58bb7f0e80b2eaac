using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// Counts one batch of step records after the watermark: runs started (a run's first record), runs that reached a step and
/// left it by a port, each run once per step and port however often it passed. Test runs are left out.
/// </summary>
internal static class StatsStepFold
{
    private sealed record FoldedStep(long Id, string ExecutionId, int Sequence, string StepSlug, string? Port, string WorkflowId, int Version,
        DateTimeOffset RunStartedAt, bool IsTest);

    public static async Task<StatsFolded> FoldAsync(AppDbContext db, int batchSize, StatsCountRows counts, CancellationToken cancellationToken)
    {
        var last = await db.StatsWatermarks.Where(w => w.Id == StatsRollup.WatermarkId).Select(w => w.LastStepId).SingleAsync(cancellationToken);
        var records = await db.ExecutionSteps.AsNoTracking().Where(s => s.Id > last).OrderBy(s => s.Id).Take(batchSize)
            .Join(db.Executions, s => s.ExecutionId, e => e.Id,
                (s, e) => new FoldedStep(s.Id, s.ExecutionId, s.Sequence, s.StepSlug, s.Port, e.WorkflowId, e.Version, e.CreatedAt, e.IsTest))
            .ToListAsync(cancellationToken);
        if (records.Count == 0)
        {
            return StatsFolded.Nothing;
        }
        // The claim: the watermark moves only from where this batch started, so a folder that lost the race counts nothing.
        var next = records.Max(r => r.Id);
        if (await db.StatsWatermarks.Where(w => w.Id == StatsRollup.WatermarkId && w.LastStepId == last)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.LastStepId, next), cancellationToken) == 0)
        {
            return StatsFolded.Lost;
        }
        var counted = records.Where(r => !r.IsTest).OrderBy(r => r.Id).ToList();
        var seen = await VisitedBeforeAsync(db, counted, last, cancellationToken);
        foreach (var record in counted)
        {
            var hour = StatsHours.Floor(record.RunStartedAt);
            if (record.Sequence == 1)
            {
                counts.Add(new StatsCountKey(record.WorkflowId, record.Version, hour, "", "", ""));
            }
            foreach (var (step, port) in Visits(record.StepSlug, record.Port))
            {
                if (seen.Add((record.ExecutionId, step, port)))
                {
                    counts.Add(new StatsCountKey(record.WorkflowId, record.Version, hour, "", step, port));
                }
            }
        }
        return records.Count == batchSize ? StatsFolded.FullBatch : StatsFolded.LastBatch;
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
}
