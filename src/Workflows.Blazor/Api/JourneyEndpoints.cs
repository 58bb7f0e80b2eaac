using System.Security.Claims;
using System.Text.Json.Nodes;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Preview;
using Workflows.Blazor.Security;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Api;

public static class JourneyEndpoints
{
    public static RouteGroupBuilder MapJourneyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/journeys").WithTags("Journeys");

        group.MapGet("/", (JourneyStore store, CancellationToken ct) => store.ListAsync(ct)).RequireAuthorization(Policies.Read);

        group.MapPost("/", async (HttpRequest request, ClaimsPrincipal user, JourneyStore store, CancellationToken ct) =>
        {
            var created = await store.CreateAsync(await ReadAsync(request, ct), Actor.Of(user), ct);
            return TypedResults.Created($"/api/journeys/{created.Id}", ToResponse(created));
        }).Accepts<JsonObject>("application/json").RequireAuthorization(Policies.Design);

        group.MapGet("/{id}", async (string id, JourneyStore store, CancellationToken ct) => ToResponse(await store.GetAsync(id, ct)))
            .RequireAuthorization(Policies.Read);

        group.MapPut("/{id}", async (string id, HttpRequest request, ClaimsPrincipal user, JourneyStore store, CancellationToken ct) =>
            ToResponse(await store.SaveAsync(id, await ReadAsync(request, ct), Actor.Of(user), ct)))
            .Accepts<JsonObject>("application/json").RequireAuthorization(Policies.Design);

        group.MapGet("/{id}/runs", (string id, JourneyQueries queries, CancellationToken ct) => queries.RunsAsync(id, ct))
            .RequireAuthorization(Policies.Read);

        group.MapGet("/{id}/runs/{runId}", async (string id, string runId, JourneyQueries queries, CancellationToken ct) =>
            await queries.TimelineAsync(runId, ct) is { } timeline && timeline.Run.JourneyId == id
                ? ToResponse(timeline)
                : throw AppException.NotFound($"run of journey {id}", runId)).RequireAuthorization(Policies.Read);

        group.MapGet("/{id}/stats", (string id, string? from, string? to, string? goal, JourneyStatsQueries stats, CancellationToken ct) =>
            stats.GetAsync(id, StatsPeriodQuery.Read(from, to), goal, ct)).RequireAuthorization(Policies.Design);

        group.MapGet("/{id}/mermaid", async (string id, JourneyQueries queries, CancellationToken ct) =>
            Results.Text(await queries.MermaidAsync(id, ct), "text/plain")).RequireAuthorization(Policies.Read);

        group.MapPost("/{id}/contacts", async (string id, EnrolContactRequest body, JourneyEnrolment enrolment, JourneyQueries queries, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.ContactId))
            {
                throw AppException.Invalid("Say whom to enrol: contactId is a customer id, such as cus_001.");
            }
            var enrolled = await enrolment.EnrolAsync(id, body.ContactId.Trim(), body.Input, ct);
            return enrolled.RunId is { } runId
                ? Results.Created($"/api/journeys/{id}/runs/{runId}", ToResponse(await queries.TimelineAsync(runId, ct)))
                : Results.Created($"/api/executions/{enrolled.ExecutionId}", new { executionId = enrolled.ExecutionId });
        }).RequireAuthorization(Policies.Design);

        group.MapGet("/{id}/audience", async (string id, JourneySegmentAudience audience, CancellationToken ct) =>
            await audience.PreviewAsync(id, ct) ?? throw AppException.NotFound("segment audience of journey", id)).RequireAuthorization(Policies.Read);

        group.MapPost("/{id}/audience/enrol", async (string id, JourneySegmentAudience audience, CancellationToken ct) =>
        {
            var (after, enrolled) = await audience.EnrolAsync(id, progress: null, ct);
            return new SegmentEnrolmentResponse(enrolled, after);
        }).RequireAuthorization(Policies.Design);

        group.MapPost("/{id}/preview", async (string id, WorkflowPreviewRequest? body, JourneyPreviews previews, CancellationToken ct) =>
            Results.Json(await previews.PreviewAsync(id, body ?? new WorkflowPreviewRequest(null, null, null, null, null, null), ct), PreviewJson.Options))
            .RequireAuthorization(Policies.Design);

        group.MapPost("/{id}/lock", async (string id, ClaimsPrincipal user, JourneyLocker locker, CancellationToken ct) =>
            TypedResults.Ok(new { workflowId = await locker.LockAsync(id, Actor.Of(user), ct) })).RequireAuthorization(Policies.Design);

        group.MapPost("/{id}/contacts/{contactId}/context", async (string id, string contactId, AddContextRequest body, JourneyRunner runner, JourneyQueries queries, CancellationToken ct) =>
        {
            var runId = await runner.AddContextAsync(id, contactId, body.Context, ct);
            return ToResponse(await queries.TimelineAsync(runId, ct));
        }).RequireAuthorization(Policies.Design);

        return group;
    }

    private static async Task<JourneyDefinition> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > RequestBody.MaxWorkflowBytes)
        {
            throw new BadHttpRequestException("A journey may be at most 2 MB.", StatusCodes.Status413PayloadTooLarge);
        }
        using var reader = new StreamReader(request.Body);
        try
        {
            return JourneyJson.Parse(await reader.ReadToEndAsync(cancellationToken));
        }
        catch (FormatException ex)
        {
            throw AppException.Invalid(ex.Message);
        }
    }

    private static JourneyResponse ToResponse(JourneyDetails details) =>
        new(details.Id, details.Version, JsonNode.Parse(JourneyJson.Write(details.Definition))!, details.UpdatedAt);

    private static JourneyTimelineResponse ToResponse(JourneyTimeline timeline) =>
        new(timeline.Run, [.. timeline.Entries.Select(e => new JourneyEntryResponse(e.At, e.Kind, e.Data))], timeline.Upcoming);
}
