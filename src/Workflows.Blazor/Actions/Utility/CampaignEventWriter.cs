using System.Text.Json.Nodes;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Actions.Utility;

internal static class CampaignEventWriter
{
    public static async Task<JsonObject> WriteAsync(
        AppDbContext db, string? customerId, string campaign, string eventType, JsonObject? data, string executionId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var entry = new CampaignEventEntity
        {
            CustomerId = customerId, Campaign = campaign, EventType = eventType, DataJson = data?.ToJsonString() ?? "{}",
            ExecutionId = executionId, At = now,
        };
        db.CampaignEvents.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return new JsonObject
        {
            ["eventId"] = entry.Id, ["customerId"] = customerId, ["campaign"] = campaign, ["eventType"] = eventType, ["at"] = now.ToString("O"),
        };
    }
}
