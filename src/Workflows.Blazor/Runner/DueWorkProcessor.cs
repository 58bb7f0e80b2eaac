using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Blazor.Telemetry;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Runner;

/// <summary>
/// What the scheduler does every second: fire due timers (waits, timeouts) and the due approval requests that pause no run
/// (which <see cref="TimerWaker"/> also fires the moment they are due), fire due cron schedules,
/// take over the runs of instances that stopped (where several share the database), re-signal queued executions no worker
/// has picked up, then any <see cref="IDueWork"/> (journeys). Each timer and schedule fires once:
/// its row is claimed by a conditional update before anything is started.
/// </summary>
public sealed class DueWorkProcessor(
    IDbContextFactory<AppDbContext> contexts,
    ExecutionStarter starter,
    ExecutionDispatcher dispatcher,
    ExecutionRecovery recovery,
    InstanceLeases leases,
    Inbox.ApprovalCommands approvals,
    IEnumerable<IDueWork> moreWork,
    IOptions<RunnerOptions> options,
    RunnerPulse pulse,
    WorkflowMetrics metrics,
    TimeProvider time,
    ILogger<DueWorkProcessor> logger) : IDueTimers
{
    // The tick and the timer waker both fire timers; one pass at a time keeps them from competing for the same rows.
    private readonly SemaphoreSlim _firing = new(1, 1);

    public async Task ProcessAsync(CancellationToken cancellationToken = default)
    {
        pulse.Ticked();
        await FireDueTimersAsync(cancellationToken);
        await FireDueSchedulesAsync(cancellationToken);
        if (leases.Shared)
        {
            await recovery.RequeueOrphansAsync(cancellationToken);
        }
        await ResignalQueuedAsync(cancellationToken);
        foreach (var work in moreWork)
        {
            await work.ProcessAsync(cancellationToken);
        }
    }

    public async Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset? timer;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            timer = await db.Timers.AsNoTracking()
                .Where(t => t.Status == TimerStatus.Pending && t.DueAt != null)
                .OrderBy(t => t.DueAt)
                .Select(t => t.DueAt)
                .FirstOrDefaultAsync(cancellationToken);
        }
        var request = await approvals.NextRequestDueAtAsync(cancellationToken);
        return timer is null || request < timer ? request : timer;
    }

    public async Task<int> FireDueTimersAsync(CancellationToken cancellationToken)
    {
        await _firing.WaitAsync(cancellationToken);
        try
        {
            return await FireDueTimersOnceAsync(cancellationToken) + await approvals.FireDueRequestsAsync(options.Value.DueBatchSize, cancellationToken);
        }
        finally
        {
            _firing.Release();
        }
    }

    private async Task<int> FireDueTimersOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Timers.AsNoTracking()
            .Where(t => t.Status == TimerStatus.Pending && t.DueAt != null && t.DueAt <= now)
            .OrderBy(t => t.DueAt)
            .Take(options.Value.DueBatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        var resumed = new List<string>(due.Count);
        var approvalsChanged = false;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var timer in due)
            {
                if (timer.Kind == BookmarkKind.Approval)
                {
                    var fired = await approvals.FireDueAsync(db, timer, now, cancellationToken);
                    approvalsChanged |= fired != Inbox.ApprovalTimerOutcome.Missed;
                    if (fired != Inbox.ApprovalTimerOutcome.Resumed)
                    {
                        continue;
                    }
                }
                else if (!await TimerResumer.ResumeAsync(db, timer.Id, timer.ExecutionId, WaitResolution(timer, now), now, cancellationToken, dueBy: now))
                {
                    continue;
                }
                resumed.Add(timer.ExecutionId);
                metrics.TimerFired(now - timer.DueAt!.Value);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        resumed.ForEach(dispatcher.Signal);
        if (approvalsChanged)
        {
            approvals.Announce();
        }
        return due.Count;
    }

    /// <summary>How a wait or an event wait ends when its timer comes due.</summary>
    private static BookmarkResolution WaitResolution(TimerEntity timer, DateTimeOffset now) => new(timer.DuePort ?? Ports.Success, new JsonObject
    {
        ["resumedAt"] = now.ToString("O"),
        ["timedOut"] = timer.Kind != BookmarkKind.Timer,
    });

    private async Task FireDueSchedulesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Schedules.AsNoTracking()
            .Where(s => s.NextFireAt != null && s.NextFireAt <= now)
            .OrderBy(s => s.NextFireAt)
            .Take(options.Value.DueBatchSize)
            .ToListAsync(cancellationToken);
        foreach (var schedule in due)
        {
            // A fire missed while the app was down runs once, then the schedule moves on from now.
            var next = CronSchedule.NextAfter(schedule.Cron, schedule.TimeZone, now);
            var claimed = await db.Schedules
                .Where(s => s.WorkflowId == schedule.WorkflowId && s.NextFireAt == schedule.NextFireAt)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.NextFireAt, next).SetProperty(s => s.LastFiredAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }
            try
            {
                await starter.StartAsync(new RunRequest(schedule.WorkflowId, new JsonObject { ["scheduledAt"] = schedule.NextFireAt!.Value.ToString("O") },
                    TriggerTypes.Schedule), cancellationToken);
            }
            catch (Exception ex) when (ex is AppException or Store.WorkflowValidationException)
            {
                logger.LogWarning("Schedule of workflow {WorkflowId} could not start a run: {Reason}", schedule.WorkflowId, ex.Message);
            }
        }
    }

    private async Task ResignalQueuedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var queued = await db.Executions.AsNoTracking()
            .Where(e => e.Status == ExecutionStatus.Queued && (e.NotBefore == null || e.NotBefore <= now))
            .OrderBy(e => e.CreatedAt)
            .Select(e => e.Id)
            .Take(options.Value.DueBatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in queued.Where(id => !dispatcher.IsSignalledOrRunning(id)))
        {
            dispatcher.Signal(id);
        }
    }
}
