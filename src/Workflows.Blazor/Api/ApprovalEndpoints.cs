using System.Security.Claims;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Api;

public static class ApprovalEndpoints
{
    public static RouteGroupBuilder MapApprovalApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/approvals").WithTags("Approvals");

        group.MapGet("/", async (string? status, ApprovalQueries queries, CancellationToken ct) =>
            (await queries.ListAsync(StatusFilter(status), ct)).Select(ApprovalJson.ToJson).ToList())
            .RequireAuthorization(Policies.Review);

        group.MapGet("/history.csv", async (ApprovalQueries queries, CancellationToken ct) =>
            Results.File(System.Text.Encoding.UTF8.GetBytes(ApprovalCsv.Write(await queries.HistoryAsync(ct))), "text/csv", "inbox-history.csv"))
            .RequireAuthorization(Policies.Review);

        group.MapPost("/{id}/decision", async (string id, ApprovalDecisionRequest body, ClaimsPrincipal user, ApprovalCommands approvals, CancellationToken ct) =>
            Results.Ok(ApprovalJson.ToJson(await approvals.DecideAsync(id, Actor.Of(user), body, ct)))).RequireAuthorization(Policies.Review);

        return group;
    }

    private static ApprovalStatus? StatusFilter(string? status) =>
        string.IsNullOrWhiteSpace(status) ? null
        : StatusNames.TryParse<ApprovalStatus>(status, out var parsed) ? parsed
        : throw AppException.Invalid($"status '{status}' should be one of {StatusNames.List<ApprovalStatus>()}.");
}
