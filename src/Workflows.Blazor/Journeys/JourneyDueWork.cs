using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// The journeys' part of the every-second tick: fires scheduled actions that are due and reports workflows the
/// journeys started that have ended. The decisions this news makes due, and the actions whose approval was decided,
/// are taken by <see cref="JourneyDecisionWorker"/> and <see cref="JourneyApprovalWorker"/>, so a slow model never holds up the tick.
/// </summary>
public sealed class JourneyDueWork(IDbContextFactory<AppDbContext> contexts, JourneyRunner runner, TimeProvider time) : IDueWork
{
    private const int BatchSize = 100;

    public async Task ProcessAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        List<string> due;
        List<string> ended;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.JourneyScheduledActions.AsNoTracking()
                .Where(s => s.Status == JourneyActionStatus.Pending && s.DueAt <= now)
                .OrderBy(s => s.DueAt)
                .Select(s => s.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            ended = await db.JourneyWorkflowCalls.AsNoTracking()
                .Where(c => c.ReportedAt == null && db.Executions.Any(e => e.Id == c.ExecutionId && ExecutionStatuses.Ended.Contains(e.Status)))
                .OrderBy(c => c.StartedAt)
                .Select(c => c.ExecutionId)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }
        foreach (var id in due)
        {
            await runner.FireAsync(id, cancellationToken);
        }
        foreach (var executionId in ended)
        {
            await runner.ReportWorkflowAsync(executionId, cancellationToken);
        }
    }
}
