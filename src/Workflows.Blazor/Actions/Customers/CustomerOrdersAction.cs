using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Customers;

/// <summary>A customer's most recent orders with their items, newest first.</summary>
public sealed class CustomerOrdersAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("customer.orders", "Customers", "Gets a customer's recent orders with their items.",
        [
            ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id"),
            ActionParameter.Optional("limit", ParameterType.Number, "how many orders at most (default 20, up to 200)"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Get customer's orders",
        Synonyms = ["order history", "purchases", "bought"],
        Outputs = [Text("customerId", "Customer ID", "cust_456"), List("orders", "Orders", OutputShapes.Order), Number("count", "How many orders", "3")],
        Aliases = ["customer_orders", "customer.get_orders"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var customerId = invocation.RequireString("customerId");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EntityLookup.RequireAsync(db.Customers, customerId, "customer", cancellationToken);
        var orders = await db.Orders.AsNoTracking().Include(o => o.Items)
            .Where(o => o.CustomerId == customerId)
            .OrderByDescending(o => o.PlacedAt)
            .Take(invocation.GetInt("limit", 20, 1, 200))
            .ToListAsync(cancellationToken);
        return new ActionResult(new JsonObject
        {
            ["customerId"] = customerId,
            ["orders"] = new JsonArray(orders.Select(o => (JsonNode)OrderJson.ToJson(o)).ToArray()),
            ["count"] = orders.Count,
        });
    }
}
