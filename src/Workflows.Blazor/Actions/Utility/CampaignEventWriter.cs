using System.Text.Json.Nodes;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Actions.Utility;

/// <summary>Campaign events and CRM notes: added to the caller's unit of work, so they commit with what they record.</summary>
internal static class CampaignEventWriter
{
    public static CampaignEventEntity Add(
        AppDbContext db, string? customerId, string campaign, string eventType, JsonObject? data, string executionId, DateTimeOffset now, string? idempotencyKey = null)
    {
        var entry = new CampaignEventEntity
        {
            CustomerId = customerId, Campaign = campaign, EventType = eventType, DataJson = data?.ToJsonString() ?? "{}",
            ExecutionId = executionId, At = now, IdempotencyKey = idempotencyKey,
        };
        db.CampaignEvents.Add(entry);
        return entry;
    }

    public static JsonObject ToJson(CampaignEventEntity entry) => new()
    {
        ["eventId"] = entry.Id, ["customerId"] = entry.CustomerId, ["campaign"] = entry.Campaign, ["eventType"] = entry.EventType, ["at"] = entry.At.ToString("O"),
    };
}
