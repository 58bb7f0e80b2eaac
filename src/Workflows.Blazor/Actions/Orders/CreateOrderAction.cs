using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Orders;

/// <summary>Records an order for a customer, which raises <c>order.placed</c> for the workflows and journeys that listen.</summary>
public sealed class CreateOrderAction(OrderCommands orders) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("order.create", "Customers", "Records an order a customer placed, priced from the store's products.",
        [
            ActionParameter.Mandatory("customerId", ParameterType.String, "the customer who ordered"),
            ActionParameter.Mandatory("items", ParameterType.Array, "what they ordered: each a productId and a quantity (1 when left out)"),
            ActionParameter.Optional("note", ParameterType.String, "a note kept with the order, e.g. gift wrap"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Record an order",
        Synonyms = ["place order", "new order", "create order", "purchase"],
        Outputs = OutputShapes.Order,
        Aliases = ["order_create"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var items = invocation.Parameters["items"] as System.Text.Json.Nodes.JsonArray
            ?? throw new StepFailedException("items should be a list of products and quantities.");
        return new(OrderJson.ToJson(await orders.PlaceAsync(invocation.RequireString("customerId"), items, invocation.GetString("note"), invocation.IdempotencyKey, cancellationToken)));
    }
}
