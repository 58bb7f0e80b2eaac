using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Live;

namespace Workflows.Blazor.Experiments;

/// <summary>The one writer of conversions: records each run's conversion for a goal once, however many matching events follow.</summary>
public sealed class ConversionCommands(IDbContextFactory<AppDbContext> contexts, ChangeNotifications changes, TimeProvider time)
{
    /// <summary>Records the conversions not recorded yet; the number recorded.</summary>
    public async Task<int> RecordAsync(IReadOnlyList<ConversionCandidate> conversions, CancellationToken cancellationToken = default)
    {
        try
        {
            return await RecordNewAsync(conversions, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another event for the same contact recorded one of these between the look and the write: look again.
            return await RecordNewAsync(conversions, cancellationToken);
        }
    }

    private async Task<int> RecordNewAsync(IReadOnlyList<ConversionCandidate> conversions, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = conversions.Select(c => c.ExecutionId).Distinct().ToList();
        var recorded = (await db.Conversions.AsNoTracking().Where(c => runs.Contains(c.ExecutionId))
            .Select(c => new { c.ExecutionId, c.Goal }).ToListAsync(cancellationToken))
            .Select(c => (c.ExecutionId, c.Goal)).ToHashSet();
        var now = time.GetUtcNow();
        var fresh = conversions.DistinctBy(c => (c.ExecutionId, c.Goal)).Where(c => !recorded.Contains((c.ExecutionId, c.Goal))).Select(c => new ConversionEntity
        {
            Id = Ids.New(), WorkflowId = c.WorkflowId, Version = c.Version, ExecutionId = c.ExecutionId, Goal = c.Goal, EventType = c.EventType,
            ContactId = c.ContactId, RunStartedAt = c.RunStartedAt, ConvertedAt = now,
        }).ToList();
        db.Conversions.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var workflowId in fresh.Select(c => c.WorkflowId).Distinct())
        {
            changes.Publish(new ConversionsRecorded(workflowId));
        }
        return fresh.Count;
    }
}
