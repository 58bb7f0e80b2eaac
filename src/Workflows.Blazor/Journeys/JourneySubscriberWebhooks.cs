using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security.Outbound;
using Workflows.Blazor.Store;
using Workflows.Engine.Journeys;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Posts each journey action that ran to the journey's webhook subscribers, over the SSRF-guarded client, with the
/// step's key as <c>Idempotency-Key</c> (a redelivered event carries the same key). A subscriber may answer
/// <c>{"context": {...}}</c>: that context joins the contact's log, as the journey note's subscriber adds to the
/// context, and the model decides again. A subscriber that fails or refuses is logged and does not hold up the others.
/// </summary>
public sealed class JourneySubscriberWebhooks(
    IDbContextFactory<AppDbContext> contexts,
    IHttpClientFactory clients,
    JourneyRunner runner,
    TimeProvider time,
    ILogger<JourneySubscriberWebhooks> log) : IEventSubscriber
{
    public const string ClientName = "journey-subscribers";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public async Task OnEventAsync(string type, string? subjectId, JsonNode? data, CancellationToken cancellationToken)
    {
        if (type != DomainEventNames.JourneyActionTaken || data is not JsonObject action
            || action["journeyId"]?.GetValue<string>() is not { } journeyId || action["journeyVersion"]?.GetValue<int>() is not { } version
            || action["journeyRunId"]?.GetValue<string>() is not { } runId)
        {
            return;
        }
        JourneyDefinition definition;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            definition = await JourneyStore.VersionAsync(db, journeyId, version, cancellationToken);
        }
        var name = action["action"]?.GetValue<string>() ?? "";
        foreach (var subscriber in definition.Subscribers.Where(s => s.Url is not null && s.Hears(name)))
        {
            if (await PostAsync(subscriber.Url!, action, cancellationToken) is { } context)
            {
                await runner.AppendAsync(runId, ContextEntry.AddContext(time.GetUtcNow(), new JsonObject
                {
                    ["from"] = "action subscriber",
                    ["action"] = name,
                    ["context"] = context,
                }), cancellationToken);
            }
        }
    }

    /// <summary>The context the subscriber's answer adds, if any.</summary>
    private async Task<JsonObject?> PostAsync(string url, JsonObject action, CancellationToken cancellationToken)
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
                log.LogWarning("The journey action subscriber {Url} answered {Status}", url, (int)response.StatusCode);
                return null;
            }
            var answer = response.Content.Headers.ContentLength == 0 ? "" : await response.Content.ReadAsStringAsync(timeout.Token);
            return string.IsNullOrWhiteSpace(answer) ? null : (JsonNode.Parse(answer) as JsonObject)?["context"]?.DeepClone() as JsonObject;
        }
        catch (Exception ex) when (ex is HttpRequestException or OutboundRefusedException or System.Text.Json.JsonException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            log.LogWarning(ex, "The journey action subscriber {Url} could not be told", url);
            return null;
        }
    }
}
