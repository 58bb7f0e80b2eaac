using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Telemetry;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Operations;

/// <summary>Reads the <see cref="Backlog"/> from the database, which is the record of what waits (the in-memory queue is only a signal).</summary>
public sealed class BacklogQueries(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IBacklogReader
{
    public Backlog Read()
    {
        using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow();
        var queuedRuns = db.Executions.Count(e => e.Status == ExecutionStatus.Queued);
        var approvals = db.Approvals.AsNoTracking().Where(a => a.Status == ApprovalStatus.Pending);
        var outbox = db.OutboxMessages.AsNoTracking().Where(m => m.Status == MessageStatuses.Queued);
        return new Backlog(
            queuedRuns,
            approvals.Count(),
            Age(now, approvals.OrderBy(a => a.CreatedAt).Select(a => (DateTimeOffset?)a.CreatedAt).FirstOrDefault()),
            outbox.Count(),
            Age(now, outbox.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefault()),
            db.Timers.Count(t => t.Status == TimerStatus.Pending && t.DueAt != null));
    }

    private static TimeSpan Age(DateTimeOffset now, DateTimeOffset? since) => since is { } at && at < now ? now - at : TimeSpan.Zero;
}
