using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.DataSteps;

/// <summary>Seed 000's FetchCustomerData: the profile with its purchase summary, in one step.</summary>
public sealed class FetchCustomerDataAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("data.fetch_customer_data", "Customers",
        "Gets a customer's profile with a purchase summary: orders, spend, average order, favourite categories, open conversations.",
        [ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id")])
    {
        Effect = Effect.ReadsData,
        Label = "Get customer profile and purchases",
        Synonyms = ["purchase summary", "spend", "customer data", "favourite categories"],
        Outputs = [.. OutputShapes.Customer, Object("purchases", "Purchases", [Number("orderCount", "Orders", "8"), Number("totalSpent", "Total spent", "1250.5"), Number("averageOrderValue", "Average order", "156.3"), Date("lastPurchaseAt", "Last purchase", "2026-11-02T10:15:00Z"), Number("daysSinceLastPurchase", "Days since last purchase", "21"), List("favouriteCategories", "Favourite categories", [])]), Number("openConversations", "Open conversations", "1")],
        Aliases = ["fetch_customer_data"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await EntityLookup.RequireAsync(db.Customers, invocation.RequireString("customerId"), "customer", cancellationToken);
        var orders = await db.Orders.AsNoTracking().Include(o => o.Items)
            .Where(o => o.CustomerId == customer.Id && o.Status != "cancelled" && o.Status != "returned")
            .ToListAsync(cancellationToken);
        var productIds = orders.SelectMany(o => o.Items).Select(i => i.ProductId).Distinct().ToList();
        var categories = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Category, cancellationToken);
        var favourite = orders.SelectMany(o => o.Items)
            .GroupBy(i => categories.GetValueOrDefault(i.ProductId, "other"))
            .OrderByDescending(g => g.Sum(i => i.Quantity))
            .Take(3)
            .Select(g => (JsonNode)g.Key!)
            .ToArray();
        var lastPurchase = orders.Count == 0 ? (DateTimeOffset?)null : orders.Max(o => o.PlacedAt);
        var json = CustomerJson.ToJson(customer);
        json["purchases"] = new JsonObject
        {
            ["orderCount"] = orders.Count,
            ["totalSpent"] = Math.Round(orders.Sum(o => o.Total), 2),
            ["averageOrderValue"] = orders.Count == 0 ? 0 : Math.Round(orders.Average(o => o.Total), 2),
            ["lastPurchaseAt"] = JsonStore.Time(lastPurchase),
            ["daysSinceLastPurchase"] = lastPurchase is { } last ? (int)(time.GetUtcNow() - last).TotalDays : null,
            ["favouriteCategories"] = new JsonArray(favourite),
        };
        json["openConversations"] = await db.Conversations.CountAsync(c => c.CustomerId == customer.Id && c.Status != "resolved", cancellationToken);
        return new ActionResult(json);
    }
}
