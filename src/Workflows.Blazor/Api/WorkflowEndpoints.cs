using System.Security.Claims;
using System.Text.Json.Nodes;
using Workflows.Blazor.Preview;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Api;

public static class WorkflowEndpoints
{
    public static RouteGroupBuilder MapWorkflowApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflows").WithTags("Workflows").RequireAuthorization(Policies.Design);

        group.MapGet("/", (WorkflowStore store, CancellationToken ct) => store.ListAsync(ct));

        group.MapGet("/{id}", async (string id, WorkflowStore store, WorkflowValidator validator, TimeProvider time, CancellationToken ct) =>
        {
            var workflow = await store.GetAsync(id, ct);
            var draft = WorkflowJson.Parse(workflow.DraftJson);
            return new WorkflowResponse(workflow.Id, workflow.Name, workflow.Description, workflow.IsActive, workflow.ActiveVersion,
                workflow.Versions, workflow.TriggerType, WorkflowJson.ToJson(draft),
                validator.Validate(draft).ToResponse(), NextFireTimes(draft, time.GetUtcNow()));
        });

        group.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, WorkflowCommands commands, CancellationToken ct) =>
        {
            var (id, report) = await commands.ImportAsync(await RequestBody.ReadWorkflowAsync(request, ct), Actor.Of(user), ct);
            return TypedResults.Created($"/api/workflows/{id}", new ImportedWorkflowResponse(id, report.IsValid, report.ToResponse()));
        }).Accepts<JsonObject>("application/json");

        group.MapPost("/validate", async (HttpRequest request, WorkflowValidator validator, CancellationToken ct) =>
            validator.Validate(await RequestBody.ReadWorkflowAsync(request, ct)).ToResponse()).Accepts<JsonObject>("application/json");

        // The editor's way to add a secret to a workflow: the value goes in once, only its cipher text comes back.
        group.MapPost("/inline-secrets", (InlineSecretRequest? body, InlineSecretProtector protector) =>
            body?.Value is { Length: > 0 } value
                ? new InlineSecretResponse(InlineSecrets.Kind, protector.Encrypt(value))
                : throw AppException.Invalid("Send the secret's value, e.g. {\"value\": \"sk_live_…\"}; an empty value cannot be a secret."));

        group.MapGet("/{id}/export", async (string id, int? version, WorkflowStore store, CancellationToken ct) =>
        {
            var definition = version is null ? await store.GetDraftAsync(id, ct) : (await store.GetVersionAsync(id, version, ct)).Definition;
            return Results.Text(WorkflowJson.Serialize(definition), "application/json");
        });

        group.MapPost("/{id}/publish", async (string id, ClaimsPrincipal user, WorkflowCommands commands, CancellationToken ct) =>
            new VersionResponse(await commands.PublishAsync(id, Actor.Of(user), ct)));

        group.MapPost("/{id}/activate", async (string id, ClaimsPrincipal user, WorkflowCommands commands, CancellationToken ct) =>
            new VersionResponse(await commands.ActivateAsync(id, Actor.Of(user), ct)));

        group.MapPost("/{id}/deactivate", async (string id, ClaimsPrincipal user, WorkflowCommands commands, CancellationToken ct) =>
        {
            await commands.DeactivateAsync(id, Actor.Of(user), ct);
            return Results.NoContent();
        });

        group.MapDelete("/{id}", async (string id, ClaimsPrincipal user, WorkflowCommands commands, CancellationToken ct) =>
        {
            await commands.DeleteAsync(id, Actor.Of(user), ct);
            return Results.NoContent();
        });

        group.MapPost("/{id}/runs", async (string id, RunWorkflowRequest? body, ClaimsPrincipal user, ExecutionStarter starter, CancellationToken ct) =>
        {
            var executionId = await starter.StartAsync(new RunRequest(id, body?.Input, TriggerTypes.Manual)
            {
                ThreadId = body?.ThreadId,
                SubjectId = body?.SubjectId,
                TestOutputs = body?.TestOutputs,
                TriggerInfo = new JsonObject { ["startedBy"] = Actor.Of(user) },
            }, ct);
            return TypedResults.Accepted($"/api/executions/{executionId}", new RunStartedResponse(executionId));
        });

        group.MapPost("/{id}/preview", async (string id, WorkflowPreviewRequest? body, WorkflowPreviews previews, CancellationToken ct) =>
            Results.Json(await previews.PreviewAsync(id, body ?? new WorkflowPreviewRequest(null, null, null, null, null, null, null), ct), PreviewJson.Options));

        app.MapGet("/api/previews/{id}", (string id, RecentPreviews recent) => Results.Json(recent.Get(id), PreviewJson.Options))
            .WithTags("Workflows").RequireAuthorization(Policies.Design);

        group.MapPost("/{id}/webhook-secret", async (string id, ClaimsPrincipal user, WebhookSecrets secrets, CancellationToken ct) =>
        {
            var rotated = await secrets.RotateAsync(id, Actor.Of(user), ct);
            return new WebhookSecretResponse(rotated.Path, rotated.Secret);
        }).RequireAuthorization(Policies.Admin);

        return group;
    }

    /// <summary>The next five times a schedule trigger fires, so people can check a cron expression means what they think.</summary>
    private static IReadOnlyList<DateTimeOffset>? NextFireTimes(WorkflowDefinition draft, DateTimeOffset now)
    {
        var trigger = TriggerInfo.Of(draft);
        if (trigger.Cron is not { } cron)
        {
            return null;
        }
        try
        {
            return CronSchedule.Upcoming(cron, trigger.TimeZone, now, 5);
        }
        catch (AppException)
        {
            return [];
        }
    }
}
