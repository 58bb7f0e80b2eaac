using System.Security.Claims;
using Workflows.Blazor.Experiments;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Engine.Experiments;

namespace Workflows.Blazor.Api;

/// <summary>
/// How a workflow performs: its funnel and experiments (<c>/stats</c>), its runs narrowed to a split path, and ending an
/// experiment with a winner (<c>/experiments/{step}/end</c>).
/// </summary>
public static class WorkflowStatsEndpoints
{
    private const int LargestPage = 200;

    public static RouteGroupBuilder MapWorkflowStatsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflows").WithTags("Workflows").RequireAuthorization(Policies.Design);

        group.MapGet("/{id}/stats", (string id, string? from, string? to, string? goal, int? version, WorkflowStatsQueries stats, CancellationToken ct) =>
            stats.GetAsync(id, StatsPeriodQuery.Read(from, to), goal, version, ct));

        group.MapPost("/{id}/experiments/{step}/end", async (string id, string step, EndExperimentRequest? body, ClaimsPrincipal user,
            ExperimentCommands experiments, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body?.Path))
            {
                throw AppException.Invalid("Say which path everyone takes from now on, e.g. { \"path\": \"B\" }.");
            }
            return new VersionResponse(await experiments.EndAsync(id, step, body.Path, Actor.Of(user), ct));
        });

        group.MapPut("/{id}/experiments/{step}/auto-switch", async (string id, string step, AutoSwitchRequest? body, ClaimsPrincipal user,
            ExperimentCommands experiments, CancellationToken ct) =>
        {
            if (body?.Confidence is not { } confidence || body.MinimumPerPath is not { } minimum)
            {
                throw AppException.Invalid("Say when to switch, e.g. { \"confidence\": 95, \"minimumPerPath\": 500 }.");
            }
            return new VersionResponse(await experiments.SetAutoSwitchAsync(id, step, new SplitAutoEnd(confidence, minimum), Actor.Of(user), ct));
        });

        group.MapDelete("/{id}/experiments/{step}/auto-switch", async (string id, string step, ClaimsPrincipal user, ExperimentCommands experiments, CancellationToken ct) =>
            new VersionResponse(await experiments.SetAutoSwitchAsync(id, step, null, Actor.Of(user), ct)));

        group.MapGet("/{id}/executions", async (string id, string? path, int? skip, int? take, WorkflowStore store, ExecutionQueries queries, CancellationToken ct) =>
        {
            await store.GetAsync(id, ct);
            if (skip < 0 || take is < 1 or > LargestPage)
            {
                throw AppException.Invalid($"skip must be 0 or more and take between 1 and {LargestPage}.");
            }
            return await queries.ListAsync(new ExecutionFilter { WorkflowId = id, SplitPath = path }, skip ?? 0, take ?? 50, ct);
        });

        return group;
    }
}
