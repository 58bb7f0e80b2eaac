using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Api;

public static class EventEndpoints
{
    public static RouteHandlerBuilder MapEventApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/events", async (PublishEventRequest body, EventPublisher publisher, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.Type))
            {
                throw AppException.Invalid("An event needs a type, such as \"order.placed\".");
            }
            var result = await publisher.PublishAsync(body.Type.Trim(), body.SubjectId, body.Data, ct);
            return TypedResults.Accepted($"/api/events/{result.EventId}", result);
        }).WithTags("Events").RequireAuthorization(Policies.Design);
}
