using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Experiments;

/// <summary>One row of the stats rollup: what it counts for a workflow version's runs that started in an hour.</summary>
internal sealed record StatsCountKey(string WorkflowId, int Version, DateTimeOffset Hour, string Goal, string StepSlug, string Port);

/// <summary>Counts gathered by one fold batch, added to the rollup's rows.</summary>
internal sealed class StatsCountRows
{
    private readonly Dictionary<StatsCountKey, long> _counts = [];

    public void Add(StatsCountKey key) => _counts[key] = _counts.GetValueOrDefault(key) + 1;

    /// <summary>Adds the batch's counts to the rollup's rows, making the rows it lacks.</summary>
    public async Task SaveToAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        foreach (var group in _counts.GroupBy(c => (c.Key.WorkflowId, c.Key.Version)))
        {
            var (workflowId, version) = group.Key;
            var (first, last) = (group.Min(c => c.Key.Hour), group.Max(c => c.Key.Hour));
            var rows = await db.StatsCounts.Where(c => c.WorkflowId == workflowId && c.Version == version && c.Hour >= first && c.Hour <= last)
                .ToDictionaryAsync(c => new StatsCountKey(c.WorkflowId, c.Version, c.Hour, c.Goal, c.StepSlug, c.Port), cancellationToken);
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
}
