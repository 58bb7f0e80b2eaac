using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Security.Outbound;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Posts a journey action to one webhook subscriber over the SSRF-guarded client, with the step's key as
/// <c>Idempotency-Key</c>, and records the attempt. A subscriber that fails or cannot be reached is tried again later,
/// waiting longer each time, up to <see cref="MaxAttempts"/> attempts. A subscriber may answer <c>{"context": {...}}</c>:
/// that context joins the contact's log, as the journey note's subscriber adds to the context, and the model decides again.
/// </summary>
public sealed class JourneySubscriberDelivery(
    IDbContextFactory<AppDbContext> contexts,
    IHttpClientFactory clients,
    JourneyRunner runner,
    TimeProvider time,
    ILogger<JourneySubscriberDelivery> log)
{
    public const string ClientName = "journey-subscribers";

    public const int MaxAttempts = 5;

    /// <summary>How long an attempt holds its delivery, so no other pass tries it at the same time.</summary>
    public static readonly TimeSpan Claim = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(30);

    /// <summary>The wait after the <paramref name="failures"/>th failed attempt: 30 s, 2 min, 8 min, 32 min.</summary>
    public static TimeSpan WaitAfter(int failures) => FirstWait * Math.Pow(4, failures - 1);

    /// <summary>Tries the delivery once; it must be claimed (its next attempt put off by <see cref="Claim"/>) by the caller.</summary>
    public async Task AttemptAsync(string deliveryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.JourneySubscriberDeliveries.FindAsync([deliveryId], cancellationToken) is not { DeliveredAt: null } delivery)
        {
            return;
        }
        var payload = (JsonObject)JsonNode.Parse(delivery.PayloadJson)!;
        var (context, error) = await PostAsync(delivery.Url, payload, cancellationToken);
        var now = time.GetUtcNow();
        delivery.Attempts++;
        delivery.LastError = error;
        if (error is null)
        {
            delivery.DeliveredAt = now;
            delivery.NextAttemptAt = null;
        }
        else
        {
            delivery.NextAttemptAt = delivery.Attempts >= MaxAttempts ? null : now + WaitAfter(delivery.Attempts);
            log.LogWarning("The journey action subscriber {Url} could not be told (attempt {Attempt} of {MaxAttempts}): {Error}",
                delivery.Url, delivery.Attempts, MaxAttempts, error);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        if (context is not null)
        {
            await runner.AppendAsync(delivery.RunId, ContextEntry.AddContext(now, new JsonObject
            {
                ["from"] = "action subscriber",
                ["action"] = payload["action"]?.GetValue<string>(),
                ["context"] = context,
            }), cancellationToken);
        }
    }

    /// <summary>The context the subscriber's answer adds, if any, or why it was not delivered.</summary>
    private async Task<(JsonObject? Context, string? Error)> PostAsync(string url, JsonObject action, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(action) };
            request.Headers.Add("Idempotency-Key", action["deliveryId"]?.GetValue<string>());
            using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return (null, $"answered {(int)response.StatusCode}");
            }
            var answer = response.Content.Headers.ContentLength == 0 ? "" : await response.Content.ReadAsStringAsync(timeout.Token);
            return (ContextIn(answer), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or OutboundRefusedException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (null, ex is OperationCanceledException ? "did not answer in time" : ex.Message);
        }
    }

    /// <summary>A delivered answer that is not JSON adds nothing, but is no reason to post again.</summary>
    private static JsonObject? ContextIn(string answer)
    {
        try
        {
            return string.IsNullOrWhiteSpace(answer) ? null : (JsonNode.Parse(answer) as JsonObject)?["context"]?.DeepClone() as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
