using System.Security.Claims;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Api;

public static class ApprovalEndpoints
{
    public static RouteGroupBuilder MapApprovalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/approvals").WithTags("Approvals");

        group.MapGet("/", async (string? status, ApprovalQueries queries, CancellationToken ct) =>
            (await queries.ListAsync(status, ct)).Select(ApprovalJson.ToJson).ToList())
            .RequireAuthorization(Policies.Review);

        group.MapGet("/history.csv", async (ApprovalQueries queries, CancellationToken ct) =>
            Results.File(System.Text.Encoding.UTF8.GetBytes(ApprovalCsv.Write(await queries.HistoryAsync(ct))), "text/csv", "inbox-history.csv"))
            .RequireAuthorization(Policies.Review);

        group.MapPost("/{id}/decision", async (string id, ApprovalDecisionRequest body, ClaimsPrincipal user, ApprovalDecisions decisions, AuditLog audit, CancellationToken ct) =>
        {
            var reviewer = Actor.Of(user);
            var approval = await decisions.DecideAsync(id, reviewer, body, ct);
            await audit.RecordAsync(reviewer, AuditActions.ApprovalDecided, id, $"{body.Decision} ({approval.Status})", ct);
            return Results.Ok(ApprovalJson.ToJson(approval));
        }).RequireAuthorization(Policies.Review);

        return group;
    }
}
