using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Api;

public static class ExecutionEndpoints
{
    public static RouteGroupBuilder MapExecutionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/executions").WithTags("Executions").AddEndpointFilter<ApiKeyFilter>();

        group.MapGet("/{id}", (string id, ExecutionQueries queries, CancellationToken ct) => queries.GetAsync(id, ct));

        group.MapPost("/{id}/cancel", async (string id, ExecutionCommands commands, CancellationToken ct) =>
        {
            await commands.CancelAsync(id, ct);
            return Results.Accepted($"/api/executions/{id}");
        });

        group.MapPost("/{id}/retry", async (string id, ExecutionCommands commands, CancellationToken ct) =>
        {
            await commands.RetryAsync(id, ct);
            return Results.Accepted($"/api/executions/{id}");
        });

        return group;
    }
}
