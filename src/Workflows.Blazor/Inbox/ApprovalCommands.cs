using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Live;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// The only writer of approvals: it opens them, records decisions, escalates and expires them at their due time, and
/// cancels them with their run. It owns each change's transaction and audit entry, tells open inboxes and the
/// navigation badge of every change, and resumes whoever waits on a decision: a workflow's approval step through the
/// runner, anything else through its <see cref="IApprovalWaiter"/>.
/// Changes that must commit with a run's own (a step suspending, a timer firing, a run cancelled) are made in the
/// caller's unit of work; the caller calls <see cref="Announce"/> once it committed.
/// </summary>
public sealed class ApprovalCommands(
    IDbContextFactory<AppDbContext> contexts,
    IWaitingRuns runs,
    ChangeNotifications changes,
    AuditLog audit,
    IEnumerable<IApprovalWaiter> waiters,
    IDomainEvents events,
    TimeProvider time)
{
    private readonly ApprovalDecisions _decisions = new(runs, audit, events, time);

    /// <summary>Puts a request that pauses no run in the inbox.</summary>
    public async Task<ApprovalEntity> CreateAsync(NewApproval request, CancellationToken cancellationToken = default)
    {
        var (approval, created) = await KeyedRecords.CreateOrFindAsync(contexts, request.IdempotencyKey, db => db.Approvals, async db =>
        {
            var approval = ApprovalRequests.FromRequest(request, time.GetUtcNow());
            db.Approvals.Add(approval);
            await db.SaveChangesAsync(cancellationToken);
            return approval;
        }, cancellationToken);
        if (created)
        {
            Announce();
            if (approval.DueAt is { } due)
            {
                runs.WakeAt(due);
            }
        }
        return approval;
    }

    /// <summary>The inbox item an approval step waits on, added to the step's commit.</summary>
    public void OpenForStep(AppDbContext db, ExecutionEntity execution, ExecutionState state, Bookmark shown, DateTimeOffset now) =>
        db.Approvals.Add(ApprovalRequests.FromBookmark(state, shown, ApprovalRequests.StartedBy(execution), now));

    /// <summary>A reviewer's decision, from the inbox page or the API.</summary>
    public async Task<ApprovalItem> DecideAsync(string approvalId, string reviewer, ApprovalDecisionRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var decided = await _decisions.DecideAsync(db, approvalId, reviewer, request, cancellationToken);
            Woken(decided);
            return ApprovalItem.From(decided);
        }
        finally
        {
            // A refused decision may have found the item cancelled with its run, and closed it.
            Announce();
        }
    }

    /// <summary>
    /// Approves, rejects or cancels a request that pauses no run, on a workflow's behalf (the <c>update_approval_status</c>
    /// action); one an approval step waits on is decided in the inbox, where the reviewer is known and the run resumes.
    /// </summary>
    public async Task<ApprovalEntity> SettleAsync(string approvalId, ApprovalStatus status, string? comment, string decidedBy, CancellationToken cancellationToken = default)
    {
        if (status is not (ApprovalStatus.Approved or ApprovalStatus.Rejected or ApprovalStatus.Cancelled))
        {
            throw AppException.Invalid($"status '{StatusNames.Of(status)}' should be approved, rejected or cancelled.");
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var approval = await db.Approvals.AsNoTracking().FirstOrDefaultAsync(a => a.Id == approvalId, cancellationToken)
            ?? throw AppException.NotFound("approval", approvalId);
        if (approval.ExecutionId is not null)
        {
            throw AppException.Conflict("This approval pauses a run; decide it in the inbox so the run can resume.");
        }
        ApprovalLifecycle.EnsureAllowed(approval, ApprovalTransition.Decide);
        var now = time.GetUtcNow();
        var decisions = JsonStore.Array(approval.DecisionsJson);
        decisions.Add(new JsonObject { ["reviewer"] = decidedBy, ["decision"] = StatusNames.Of(status), ["comment"] = comment, ["at"] = now.ToString("O") });
        ApprovalEntity decided;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Only while it is still pending: a reviewer who decided it meanwhile wins.
            var settled = await db.Approvals.Where(a => a.Id == approvalId && a.Status == ApprovalStatus.Pending)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(a => a.Status, status)
                    .SetProperty(a => a.Comment, comment)
                    .SetProperty(a => a.DecidedBy, decidedBy)
                    .SetProperty(a => a.DecidedAt, now)
                    .SetProperty(a => a.DecisionsJson, decisions.ToJsonString()), cancellationToken);
            if (settled == 0)
            {
                throw AppException.Conflict("This approval was decided meanwhile.");
            }
            audit.Add(db, decidedBy, AuditActions.ApprovalDecided, await ApprovalTargets.OfAsync(db, approval, cancellationToken), StatusNames.Words(status));
            decided = await db.Approvals.AsNoTracking().FirstAsync(a => a.Id == approvalId, cancellationToken);
            ApprovalEvents.Add(events, db, decided, ApprovalTransition.Decide);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        Announce();
        Woken(decided);
        return decided;
    }

    /// <summary>
    /// An approval step's timer came due, in the caller's unit of work: the item is escalated when its step says so
    /// (the run waits on), otherwise it expires the way its step's <c>onTimeout</c> says and its run is queued, each
    /// change with its <c>approval.decided</c>. The caller commits, then signals the resumed run and calls <see cref="Announce"/>.
    /// </summary>
    public async Task<ApprovalTimerOutcome> FireDueAsync(AppDbContext db, TimerEntity timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await ApprovalEscalation.TryEscalateAsync(db, timer, events, now, cancellationToken))
        {
            return ApprovalTimerOutcome.Escalated;
        }
        var resolution = await ApprovalTimeouts.ResolutionAsync(db, timer, now, cancellationToken);
        if (!await runs.ResumeAsync(db, timer.Id, timer.ExecutionId, resolution, now, cancellationToken, dueBy: now))
        {
            return ApprovalTimerOutcome.Missed;
        }
        await ApprovalTimeouts.CloseAsync(db, timer, events, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ApprovalTimerOutcome.Resumed;
    }

    /// <summary>When the next request that pauses no run comes due, so the timer waker wakes for it; null when none waits on a time.</summary>
    public async Task<DateTimeOffset?> NextRequestDueAtAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await DueRequests(db).OrderBy(a => a.DueAt).Select(a => a.DueAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Fires the requests that pause no run (asked by the <c>create_approval</c> action with a due time) whose due time
    /// passed, as an approval step's timer fires its item: one with <c>escalateTo</c> is escalated once, the others expire,
    /// each change with its <c>approval.decided</c>; whoever waits on an expired one is told. Returns how many were due.
    /// </summary>
    public async Task<int> FireDueRequestsAsync(int batchSize, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var expired = new List<ApprovalEntity>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await DueRequests(db).AsNoTracking().Where(a => a.DueAt <= now).OrderBy(a => a.DueAt).Take(batchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Both changes are conditional updates, so a reviewer who decided an item meanwhile wins; one who only added an
            // approval leaves it pending and due, for the next pass.
            foreach (var item in due)
            {
                if (await ApprovalEscalation.EscalateAsync(db, item, events, now, cancellationToken) == EscalationOutcome.NotEscalatable
                    && await ApprovalTimeouts.CloseItemAsync(db, item, ApprovalStatus.Expired, events, now, cancellationToken))
                {
                    expired.Add(item);
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        Announce();
        expired.ForEach(Woken);
        return due.Count;
    }

    private static IQueryable<ApprovalEntity> DueRequests(AppDbContext db) =>
        db.Approvals.Where(a => a.ExecutionId == null && a.Status == ApprovalStatus.Pending && a.DueAt != null);

    /// <summary>Cancels what a cancelled run still waited for; in the caller's unit of work, which saves.</summary>
    public Task CancelForExecutionAsync(AppDbContext db, string executionId, CancellationToken cancellationToken) =>
        ApprovalCancellation.CancelPendingAsync(db, db.Approvals.Where(a => a.ExecutionId == executionId), events, cancellationToken);

    /// <summary>Cancels a pending request whose reason went away (a journey dropped the action it asked about); one decided meanwhile stays decided.</summary>
    public async Task CancelAsync(string approvalId, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await ApprovalCancellation.CancelPendingAsync(db, db.Approvals.Where(a => a.Id == approvalId), events, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        Announce();
    }

    /// <summary>Tells open inboxes and the badge that approvals changed; after a change made in a caller's unit of work, once it committed.</summary>
    public void Announce() => changes.Publish(ApprovalsChanged.Instance);

    /// <summary>Once a decision committed: tells whoever waits on a request that pauses no run (its run was signalled already).</summary>
    private void Woken(ApprovalEntity approval)
    {
        if (approval.Status == ApprovalStatus.Pending || approval.ExecutionId is not null)
        {
            return;
        }
        foreach (var waiter in waiters)
        {
            waiter.Decided(approval);
        }
    }
}
