using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Api;

public static class WebhookEndpoints
{
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Tells the sender that a repeated delivery was answered with the first one's run.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>
    /// <c>POST /webhooks/{path}</c> starts the active workflow whose webhook trigger has that path, with the JSON body as input;
    /// it serves exactly the paths <see cref="WebhookPaths"/> lets a trigger have.
    /// </summary>
    public static RouteHandlerBuilder MapWebhooks(this IEndpointRouteBuilder app) =>
        app.MapPost(WebhookPaths.Prefix + "{**path}", async (string path, HttpRequest request, WebhookListeners listeners,
            WebhookSecrets secrets, WebhookDeliveries deliveries, TimeProvider time, CancellationToken ct) =>
        {
            var fullPath = WebhookPaths.Prefix + path;
            if (!WebhookPaths.IsValid(fullPath))
            {
                return Problem(StatusCodes.Status404NotFound, "Unknown webhook", $"No workflow can listen at {fullPath}: a webhook path is {WebhookPaths.Rule}.");
            }
            var endpoint = await listeners.FindActiveAsync(fullPath, ct);
            if (endpoint is null)
            {
                return Problem(StatusCodes.Status404NotFound, "Unknown webhook", $"No active workflow listens at {fullPath}.");
            }
            if (!(request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return Problem(StatusCodes.Status415UnsupportedMediaType, "JSON expected", "Send the webhook body as application/json.");
            }
            if (request.ContentLength > MaxBodyBytes)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"A webhook body may be at most {MaxBodyBytes / 1024} KB.");
            }
            if (WebhookDeliveryKeys.Problem(request.Headers) is { } keyProblem)
            {
                return Problem(StatusCodes.Status400BadRequest, "Delivery key too long", keyProblem);
            }
            var body = await ReadBodyAsync(request, ct);
            if (body is null)
            {
                return Problem(StatusCodes.Status413PayloadTooLarge, "Body too large", $"A webhook body may be at most {MaxBodyBytes / 1024} KB.");
            }
            if (endpoint.ProtectedSigningSecret is { } protectedSecret
                && WebhookSignature.Check(secrets.Reveal(protectedSecret), request.Headers[WebhookSignature.TimestampHeader],
                    request.Headers[WebhookSignature.SignatureHeader], body, time.GetUtcNow()) is { } reason)
            {
                return Problem(StatusCodes.Status401Unauthorized, "Bad signature", reason);
            }
            JsonNode? input;
            try
            {
                input = body.Length == 0 ? null : JsonNode.Parse(body);
            }
            catch (JsonException ex)
            {
                return Problem(StatusCodes.Status400BadRequest, "The body is not valid JSON", ex.Message);
            }
            var run = await deliveries.StartOnceAsync(fullPath, new RunRequest(endpoint.WorkflowId, input, TriggerTypes.Webhook)
            {
                TriggerInfo = new JsonObject { ["path"] = fullPath },
            }, WebhookDeliveryKeys.Of(request.Headers, signed: endpoint.ProtectedSigningSecret is not null), ct);
            if (run.Replayed)
            {
                request.HttpContext.Response.Headers[ReplayedHeader] = "true";
            }
            return Results.Accepted($"/api/executions/{run.ExecutionId}", new RunStartedResponse(run.ExecutionId));
        }).WithTags("Webhooks").DisableAntiforgery().AllowAnonymous();

    /// <summary>The body, or null when it turns out longer than allowed (chunked bodies have no length up front).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
