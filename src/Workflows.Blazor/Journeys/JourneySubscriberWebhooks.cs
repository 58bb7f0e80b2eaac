using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Journeys;

/// <summary>
/// Records, for each journey action that ran, one delivery per webhook subscriber that hears it, and tries each at
/// once (<see cref="JourneySubscriberDelivery"/>); <see cref="JourneySubscriberRetries"/> tries the failed ones again.
/// A redelivered event finds its deliveries recorded and adds none, so a subscriber is not told twice.
/// </summary>
public sealed class JourneySubscriberWebhooks(
    IDbContextFactory<AppDbContext> contexts,
    JourneySubscriberDelivery delivery,
    TimeProvider time) : IEventSubscriber
{
    public async Task OnEventAsync(string type, string? subjectId, JsonNode? data, CancellationToken cancellationToken)
    {
        if (type != DomainEventNames.JourneyActionTaken || data is not JsonObject action
            || action["journeyId"]?.GetValue<string>() is not { } journeyId || action["journeyVersion"]?.GetValue<int>() is not { } version
            || action["journeyRunId"]?.GetValue<string>() is not { } runId || action["deliveryId"]?.GetValue<string>() is not { } deliveryId)
        {
            return;
        }
        var name = action["action"]?.GetValue<string>() ?? "";
        var recorded = new List<string>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var definition = await JourneyStore.VersionAsync(db, journeyId, version, cancellationToken);
            var now = time.GetUtcNow();
            foreach (var url in definition.Subscribers.Where(s => s.Url is not null && s.Hears(name)).Select(s => s.Url!).Distinct())
            {
                var id = $"{deliveryId} {url}";
                if (await db.JourneySubscriberDeliveries.AnyAsync(d => d.Id == id, cancellationToken))
                {
                    continue;
                }
                db.JourneySubscriberDeliveries.Add(new JourneySubscriberDeliveryEntity
                {
                    Id = id, RunId = runId, Url = url, PayloadJson = action.ToJsonString(), NextAttemptAt = now + JourneySubscriberDelivery.Claim,
                });
                recorded.Add(id);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        foreach (var id in recorded)
        {
            await delivery.AttemptAsync(id, cancellationToken);
        }
    }
}
