using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>Ends a wait exactly once: the pending timer is claimed, and its waiting execution is queued with how the wait ended.</summary>
public static class TimerResumer
{
    /// <summary>
    /// False when the timer was already fired or cancelled, or the execution no longer waits. With <paramref name="dueBy"/>
    /// (a timer firing because it is due), also false when the timer was moved later meanwhile, e.g. by an escalation
    /// another runner pass made after this one read it.
    /// </summary>
    public static async Task<bool> ResumeAsync(
        AppDbContext db, long timerId, string executionId, BookmarkResolution resolution, DateTimeOffset now, CancellationToken cancellationToken,
        DateTimeOffset? dueBy = null)
    {
        var claimed = await db.Timers
            .Where(t => t.Id == timerId && t.Status == TimerStatus.Pending && (dueBy == null || (t.DueAt != null && t.DueAt <= dueBy)))
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Status, TimerStatus.Fired).SetProperty(t => t.FiredAt, now), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }
        var resumeJson = RunnerJson.Serialize(resolution);
        var queued = await db.Executions
            .Where(e => e.Id == executionId && e.Status == ExecutionStatus.Waiting)
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, ExecutionStatus.Queued)
                .SetProperty(e => e.ResumeJson, resumeJson)
                .SetProperty(e => e.UpdatedAt, now), cancellationToken);
        return queued == 1;
    }
}
