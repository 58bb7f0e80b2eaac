using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.DataSteps;

/// <summary>Seed 000's FetchBehaviorSignals: what the customer did lately, for an LLM step to read intent from.</summary>
public sealed class FetchBehaviourSignalsAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("data.fetch_behavior_signals", "Customers",
        "Gets a customer's recent behaviour: events, email opens and clicks, order frequency and churn risk.",
        [
            ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id"),
            ActionParameter.Optional("days", ParameterType.Number, "how far back to look (default 90)"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Get customer behaviour",
        Synonyms = ["engagement", "opens", "clicks", "churn risk", "activity", "behavior"],
        Outputs = [Text("customerId", "Customer ID", "cust_456"), Number("days", "Days looked at", "30"), Number("ordersInPeriod", "Orders in the period", "2"), Number("emailsSent", "Emails sent", "4"), Number("emailsOpened", "Emails opened", "3"), Number("emailsClicked", "Emails clicked", "1"), Number("churnRisk", "Churn risk", "0.2"), Text("status", "Status", "active"), List("events", "Events", [Text("type", "Event", "email.opened"), Date("at", "When", "2026-11-02T10:15:00Z")])],
        Aliases = ["fetch_behavior_signals", "fetch_behaviour_signals", "data.fetch_behaviour_signals"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var days = invocation.GetInt("days", 90, 1, 3650);
        var since = time.GetUtcNow().AddDays(-days);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await EntityLookup.RequireAsync(db.Customers, invocation.RequireString("customerId"), "customer", cancellationToken);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.SubjectId == customer.Id && e.ReceivedAt >= since)
            .OrderByDescending(e => e.ReceivedAt).Take(50)
            .Select(e => new { e.Type, e.ReceivedAt })
            .ToListAsync(cancellationToken);
        var emails = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.CustomerId == customer.Id && m.Channel == "email" && m.CreatedAt >= since)
            .Select(m => new { m.OpenedAt, m.ClickedAt })
            .ToListAsync(cancellationToken);
        var recentOrders = await db.Orders.CountAsync(o => o.CustomerId == customer.Id && o.PlacedAt >= since, cancellationToken);
        return new ActionResult(new JsonObject
        {
            ["customerId"] = customer.Id,
            ["days"] = days,
            ["ordersInPeriod"] = recentOrders,
            ["emailsSent"] = emails.Count,
            ["emailsOpened"] = emails.Count(e => e.OpenedAt is not null),
            ["emailsClicked"] = emails.Count(e => e.ClickedAt is not null),
            ["churnRisk"] = customer.ChurnRisk,
            ["status"] = customer.Status,
            ["events"] = new JsonArray(events.Select(e => (JsonNode)new JsonObject { ["type"] = e.Type, ["at"] = e.ReceivedAt.ToString("O") }).ToArray()),
        });
    }
}
