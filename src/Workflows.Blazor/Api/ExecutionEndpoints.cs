using System.Security.Claims;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Api;

public static class ExecutionEndpoints
{
    public static RouteGroupBuilder MapExecutionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/executions").WithTags("Executions");

        group.MapGet("/{id}", (string id, ExecutionQueries queries, CancellationToken ct) => queries.GetAsync(id, ct))
            .RequireAuthorization(Policies.Read);

        group.MapPost("/{id}/cancel", async (string id, ClaimsPrincipal user, ExecutionCommands commands, AuditLog audit, CancellationToken ct) =>
        {
            await commands.CancelAsync(id, ct);
            await audit.RecordAsync(Actor.Of(user), AuditActions.ExecutionCancelled, id, cancellationToken: ct);
            return Results.Accepted($"/api/executions/{id}");
        }).RequireAuthorization(Policies.Design);

        group.MapPost("/{id}/retry", async (string id, ClaimsPrincipal user, ExecutionCommands commands, AuditLog audit, CancellationToken ct) =>
        {
            await commands.RetryAsync(id, ct);
            await audit.RecordAsync(Actor.Of(user), AuditActions.ExecutionRetried, id, cancellationToken: ct);
            return Results.Accepted($"/api/executions/{id}");
        }).RequireAuthorization(Policies.Design);

        return group;
    }
}
