using System.Security.Claims;
using System.Text.Json.Nodes;
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

        group.MapPost("/{id}/cancel", async (string id, ClaimsPrincipal user, ExecutionActions actions, CancellationToken ct) =>
        {
            await actions.CancelAsync(Actor.Of(user), id, ct);
            return Results.Accepted($"/api/executions/{id}");
        }).RequireAuthorization(Policies.Design);

        group.MapPost("/{id}/retry", async (string id, RetryExecutionRequest? body, ClaimsPrincipal user, ExecutionActions actions, CancellationToken ct) =>
        {
            await actions.RetryAsync(Actor.Of(user), id, Changes(body), ct);
            return Results.Accepted($"/api/executions/{id}");
        }).RequireAuthorization(Policies.Design);

        group.MapPost("/cancel", async (BulkExecutionRequest body, ClaimsPrincipal user, ExecutionActions actions, CancellationToken ct) =>
            await actions.CancelManyAsync(Actor.Of(user), Ids(body), cancellationToken: ct))
            .RequireAuthorization(Policies.Design);

        group.MapPost("/retry", async (BulkExecutionRequest body, ClaimsPrincipal user, ExecutionActions actions, CancellationToken ct) =>
            await actions.RetryManyAsync(Actor.Of(user), Ids(body), cancellationToken: ct))
            .RequireAuthorization(Policies.Design);

        return group;
    }

    private static RetryChanges? Changes(RetryExecutionRequest? body) => body switch
    {
        null or { Input: null, Variables: null } => null,
        { Variables: not (null or JsonObject) } => throw AppException.Invalid("Variables must be a JSON object of name: value."),
        _ => new RetryChanges(body.Input, body.Variables as JsonObject),
    };

    private static IReadOnlyList<string> Ids(BulkExecutionRequest body) => body.Ids is { Count: > 0 } ids
        ? ids
        : throw AppException.Invalid("Name the runs to act on: { \"ids\": [\"…\"] }.");
}
