using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Experiments;

/// <summary>
/// Counts one batch of conversions not counted yet, each to its goal and to every port its run left a step by; the stats
/// read the split paths' among them.
/// </summary>
internal static class StatsConversionFold
{
    public static async Task<StatsFolded> FoldAsync(AppDbContext db, int batchSize, StatsCountRows counts, CancellationToken cancellationToken)
    {
        var conversions = await db.Conversions.AsNoTracking().Where(c => !c.Counted).OrderBy(c => c.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (conversions.Count == 0)
        {
            return StatsFolded.Nothing;
        }
        // The claim: only conversions still uncounted are marked, so a folder that lost the race to another counts nothing.
        var ids = conversions.Select(c => c.Id).ToList();
        if (await db.Conversions.Where(c => ids.Contains(c.Id) && !c.Counted)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Counted, true), cancellationToken) != ids.Count)
        {
            return StatsFolded.Lost;
        }
        var runs = conversions.Select(c => c.ExecutionId).ToList();
        var paths = (await db.ExecutionSteps.AsNoTracking().Where(s => runs.Contains(s.ExecutionId) && s.Port != null)
            .Select(s => new { s.ExecutionId, s.StepSlug, Port = s.Port! }).Distinct().ToListAsync(cancellationToken)).ToLookup(s => s.ExecutionId);
        foreach (var conversion in conversions)
        {
            var hour = StatsHours.Floor(conversion.RunStartedAt);
            counts.Add(new StatsCountKey(conversion.WorkflowId, conversion.Version, hour, conversion.Goal, "", ""));
            foreach (var path in paths[conversion.ExecutionId])
            {
                counts.Add(new StatsCountKey(conversion.WorkflowId, conversion.Version, hour, conversion.Goal, path.StepSlug, path.Port));
            }
        }
        return conversions.Count == batchSize ? StatsFolded.FullBatch : StatsFolded.LastBatch;
    }
}
