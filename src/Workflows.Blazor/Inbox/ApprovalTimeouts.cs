using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// When nobody decided by the due time, the item closes the way its step's <c>onTimeout</c> says (expired, approved
/// or rejected) and the run resumes with the same output shape a reviewer's decision gives, the form's defaults as fields.
/// </summary>
internal static class ApprovalTimeouts
{
    public static async Task<BookmarkResolution> ResolutionAsync(AppDbContext db, TimerEntity timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var fieldsJson = await Pending(db, timer).Select(a => a.FieldsJson).FirstOrDefaultAsync(cancellationToken) ?? "[]";
        var fields = ApprovalFieldValidator.Validate(ApprovalField.Parse(JsonStore.Array(fieldsJson)), null).Values;
        return new BookmarkResolution(timer.DuePort ?? Ports.Timeout, new JsonObject
        {
            ["decision"] = StatusNames.Of(StatusOf(timer)),
            ["comment"] = null,
            ["reviewer"] = null,
            ["fields"] = fields,
            ["resumedAt"] = now.ToString("O"),
            ["timedOut"] = true,
        });
    }

    /// <summary>Expires the item (or approves / rejects it, as <c>onTimeout</c> says), in the caller's unit of work, which saves.</summary>
    public static async Task CloseAsync(AppDbContext db, TimerEntity timer, IDomainEvents events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = await db.Approvals.AsNoTracking().Where(a => a.ExecutionId == timer.ExecutionId && a.StepSlug == timer.StepSlug).ToListAsync(cancellationToken);
        // An item cancelled or decided by the time its timer fired has ended already; its run resumes either way.
        foreach (var item in items.Where(a => ApprovalLifecycle.Refusal(a.Status, a.EscalatedAt is not null, ApprovalTransition.Expire) is null))
        {
            await CloseItemAsync(db, item, StatusOf(timer), events, now, cancellationToken);
        }
    }

    /// <summary>
    /// Closes the still pending <paramref name="item"/> as <paramref name="status"/> with its <c>approval.decided</c>, in the
    /// caller's unit of work, which saves; false when someone decided it meanwhile.
    /// </summary>
    public static async Task<bool> CloseItemAsync(
        AppDbContext db, ApprovalEntity item, ApprovalStatus status, IDomainEvents events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string comment = "Nobody decided before the due time.";
        var closed = await db.Approvals.Where(a => a.Id == item.Id && a.Status == ApprovalStatus.Pending).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Status, status)
            .SetProperty(a => a.DecidedAt, now)
            .SetProperty(a => a.Comment, comment), cancellationToken);
        if (closed == 0)
        {
            return false;
        }
        item.Status = status;
        item.DecidedAt = now;
        item.Comment = comment;
        ApprovalEvents.Add(events, db, item, ApprovalTransition.Expire);
        return true;
    }

    private static IQueryable<ApprovalEntity> Pending(AppDbContext db, TimerEntity timer) =>
        db.Approvals.Where(a => a.ExecutionId == timer.ExecutionId && a.StepSlug == timer.StepSlug && a.Status == ApprovalStatus.Pending);

    private static ApprovalStatus StatusOf(TimerEntity timer) => timer.DuePort switch
    {
        Ports.Approved => ApprovalStatus.Approved,
        Ports.Rejected => ApprovalStatus.Rejected,
        _ => ApprovalStatus.Expired,
    };
}
