using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
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
            ["decision"] = ApprovalStatusText.Of(StatusOf(timer)),
            ["comment"] = null,
            ["reviewer"] = null,
            ["fields"] = fields,
            ["resumedAt"] = now.ToString("O"),
            ["timedOut"] = true,
        });
    }

    public static Task CloseAsync(AppDbContext db, TimerEntity timer, DateTimeOffset now, CancellationToken cancellationToken) =>
        Pending(db, timer).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Status, StatusOf(timer))
            .SetProperty(a => a.DecidedAt, now)
            .SetProperty(a => a.Comment, "Nobody decided before the due time."), cancellationToken);

    private static IQueryable<ApprovalEntity> Pending(AppDbContext db, TimerEntity timer) =>
        db.Approvals.Where(a => a.ExecutionId == timer.ExecutionId && a.StepSlug == timer.StepSlug && a.Status == ApprovalStatus.Pending);

    private static ApprovalStatus StatusOf(TimerEntity timer) => timer.DuePort switch
    {
        Ports.Approved => ApprovalStatus.Approved,
        Ports.Rejected => ApprovalStatus.Rejected,
        _ => ApprovalStatus.Expired,
    };
}
