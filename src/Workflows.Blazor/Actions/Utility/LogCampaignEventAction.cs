using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Utility;

/// <summary>Seed 000's LogCampaignEvent: records that a campaign did something for a customer.</summary>
public sealed class LogCampaignEventAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("campaign.log_event", "Data", "Logs a campaign event, e.g. offer_sent.",
        [
            ActionParameter.Mandatory("campaign", ParameterType.String, "the campaign, e.g. reduce-churn"),
            ActionParameter.Mandatory("eventType", ParameterType.String, "what happened, e.g. offer_sent"),
            ActionParameter.Optional("customerId", ParameterType.String, "who it was for"),
            ActionParameter.Optional("data", ParameterType.Object, "details"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Log campaign event",
        Synonyms = ["track", "record event", "analytics", "metrics"],
        Outputs = [Text("eventId", "Event ID", "evt_77"), Text("customerId", "Customer ID", "cust_456"), Text("campaign", "Campaign", "vip-offer"), Text("eventType", "Event", "offer_sent"), Date("at", "When", "2026-11-02T10:15:00Z")],
        Aliases = ["log_campaign_event", "campaign_log_event"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        new(CampaignEventWriter.ToJson(await KeyedRecords.CreateOnceAsync(contexts, invocation.IdempotencyKey, db => db.CampaignEvents, async db =>
        {
            var entry = CampaignEventWriter.Add(db, invocation.GetString("customerId"), invocation.RequireString("campaign"), invocation.RequireString("eventType"),
                invocation.GetObject("data"), invocation.Context.State.ExecutionId, time.GetUtcNow(), invocation.IdempotencyKey);
            await db.SaveChangesAsync(cancellationToken);
            return entry;
        }, cancellationToken)));
}
