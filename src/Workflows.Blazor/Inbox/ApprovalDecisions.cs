using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Inbox;

/// <summary>
/// Decides an inbox item once: checks the reviewer and the form, records the decision with a conditional update
/// (so two reviewers cannot both decide it, and a decision made meanwhile is read again rather than overwritten),
/// and resumes its waiting run the way a timer does, with its audit entry, in one transaction.
/// An item that needs several approvals stays pending until that many distinct reviewers approved; one rejection rejects it.
/// Part of <see cref="ApprovalCommands"/>, which tells the inbox and whoever else waits.
/// </summary>
internal sealed class ApprovalDecisions(IWaitingRuns runs, AuditLog audit, IDomainEvents events, TimeProvider time)
{
    /// <summary>
    /// Two reviewers of a multi-approver item deciding at the same moment is no conflict for either: the one whose
    /// conditional update found the item changed reads it again and adds its decision, a few times at most.
    /// </summary>
    private const int MaxAttempts = 5;

    public async Task<ApprovalEntity> DecideAsync(AppDbContext db, string approvalId, string reviewer, ApprovalDecisionRequest request, CancellationToken cancellationToken)
    {
        var decision = Normalise(request.Decision);
        var approval = await DecidableAsync(db, approvalId, reviewer, events, cancellationToken);
        var (fields, errors) = ApprovalFieldValidator.Validate(ApprovalField.Parse(JsonStore.Array(approval.FieldsJson)), request.Fields);
        if (decision == ApprovalStatus.Approved && errors.Count > 0)
        {
            throw AppException.Invalid(string.Join(" ", errors));
        }
        for (var attempt = 1; !await TryRecordAsync(db, approval, reviewer, decision, request.Comment, fields, cancellationToken); attempt++)
        {
            if (attempt == MaxAttempts)
            {
                throw AppException.Conflict("Other reviewers kept deciding this item at the same moment; reload the inbox and try again.");
            }
            approval = await DecidableAsync(db, approvalId, reviewer, events, cancellationToken);
        }
        return await db.Approvals.AsNoTracking().FirstAsync(a => a.Id == approvalId, cancellationToken);
    }

    /// <summary>
    /// Adds the decision with an update that only applies while the item is as it was read, and resumes the run when
    /// the decision is final, in one transaction. False when the item changed since it was read.
    /// </summary>
    private async Task<bool> TryRecordAsync(AppDbContext db, ApprovalEntity approval, string reviewer, ApprovalStatus decision, string? comment, JsonObject fields, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var decisionText = StatusNames.Of(decision);
        var decisions = JsonStore.Array(approval.DecisionsJson);
        decisions.Add(new JsonObject
        {
            ["reviewer"] = reviewer,
            ["decision"] = decisionText,
            ["comment"] = comment,
            ["at"] = now.ToString("O"),
            ["fields"] = fields.DeepClone(),
        });
        var approvals = decisions.Count(d => d?["decision"]?.GetValue<string>() == StatusNames.Of(ApprovalStatus.Approved));
        var final = decision != ApprovalStatus.Approved || approvals >= approval.RequiredApprovals;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var recorded = await db.Approvals
            .Where(a => a.Id == approval.Id && a.Status == ApprovalStatus.Pending && a.DecisionsJson == approval.DecisionsJson)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.Status, final ? decision : ApprovalStatus.Pending)
                .SetProperty(a => a.DecisionsJson, decisions.ToJsonString())
                .SetProperty(a => a.DecidedBy, final ? reviewer : null)
                .SetProperty(a => a.DecidedAt, final ? now : null)
                .SetProperty(a => a.Comment, comment)
                .SetProperty(a => a.ResultFieldsJson, fields.ToJsonString()), cancellationToken);
        if (recorded == 0)
        {
            return false;
        }
        var resumed = final && approval.ExecutionId is not null
            && await ResumeAsync(db, approval, new JsonObject
            {
                ["decision"] = decisionText,
                ["comment"] = comment,
                ["reviewer"] = reviewer,
                ["reviewers"] = new JsonArray(decisions.Select(d => (JsonNode?)d!["reviewer"]!.DeepClone()).ToArray()),
                ["fields"] = fields,
                ["decidedAt"] = now.ToString("O"),
            }, now, cancellationToken);
        audit.Add(db, reviewer, AuditActions.ApprovalDecided, await ApprovalTargets.OfAsync(db, approval, cancellationToken),
            final ? StatusNames.Words(decision) : $"{StatusNames.Words(decision)} ({approvals} of {approval.RequiredApprovals} approvals)");
        if (final)
        {
            ApprovalEvents.Add(events, db, await db.Approvals.AsNoTracking().FirstAsync(a => a.Id == approval.Id, cancellationToken), ApprovalTransition.Decide);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (resumed)
        {
            runs.Signal(approval.ExecutionId!);
        }
        return true;
    }

    private static ApprovalStatus Normalise(string decision) => decision switch
    {
        "approved" or "approve" => ApprovalStatus.Approved,
        "rejected" or "reject" => ApprovalStatus.Rejected,
        "changes_requested" or "request_changes" => ApprovalStatus.ChangesRequested,
        _ => throw AppException.Invalid($"decision '{decision}' should be approved, rejected or changes_requested."),
    };

    /// <summary>The item as stored now, when this reviewer may still decide it; otherwise why not (already decided, their own, ...).</summary>
    private static async Task<ApprovalEntity> DecidableAsync(AppDbContext db, string approvalId, string reviewer, IDomainEvents events, CancellationToken cancellationToken)
    {
        var approval = await db.Approvals.AsNoTracking().FirstOrDefaultAsync(a => a.Id == approvalId, cancellationToken)
            ?? throw AppException.NotFound("approval", approvalId);
        ApprovalLifecycle.EnsureAllowed(approval, ApprovalTransition.Decide);
        if (approval.ExecutionId is { } executionId
            && await db.Executions.Where(e => e.Id == executionId).Select(e => e.Status).FirstOrDefaultAsync(cancellationToken) == ExecutionStatus.Cancelled)
        {
            await ApprovalCancellation.CancelPendingAsync(db, db.Approvals.Where(a => a.Id == approval.Id), events, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            throw AppException.Conflict("The run waiting for this item was cancelled; there is nothing left to decide.");
        }
        if (approval.RequestedBy is not null && string.Equals(approval.RequestedBy, reviewer, StringComparison.OrdinalIgnoreCase))
        {
            throw AppException.Forbidden("Whoever started the run cannot approve their own item.");
        }
        if (JsonStore.Array(approval.DecisionsJson).Any(d => string.Equals(d?["reviewer"]?.GetValue<string>(), reviewer, StringComparison.OrdinalIgnoreCase)))
        {
            throw AppException.Conflict("You already approved this item; it needs another reviewer's approval.");
        }
        return approval;
    }

    /// <summary>Claims the approval step's timer and queues the run on approved or rejected, as a fired timer does.</summary>
    private async Task<bool> ResumeAsync(AppDbContext db, ApprovalEntity approval, JsonObject output, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var timerId = await db.Timers
            .Where(t => t.ExecutionId == approval.ExecutionId && t.StepSlug == approval.StepSlug && t.Kind == BookmarkKind.Approval && t.Status == TimerStatus.Pending)
            .Select(t => (long?)t.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var port = output["decision"]!.GetValue<string>() == StatusNames.Of(ApprovalStatus.Approved) ? Ports.Approved : Ports.Rejected;
        if (timerId is null || !await runs.ResumeAsync(db, timerId.Value, approval.ExecutionId!, new BookmarkResolution(port, output), now, cancellationToken))
        {
            throw AppException.Conflict("The run no longer waits for this item: it timed out, was cancelled or ended.");
        }
        return true;
    }
}
