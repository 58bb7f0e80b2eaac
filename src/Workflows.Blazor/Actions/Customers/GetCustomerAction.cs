using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Customers;

public sealed class GetCustomerAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("customer.get_by_id", "Customers", "Gets a customer's details by id.",
        [ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id, e.g. cust_456")])
    {
        Effect = Effect.ReadsData,
        Label = "Get customer",
        Synonyms = ["find customer", "look up customer", "customer details", "fetch customer", "contact"],
        Outputs = OutputShapes.Customer,
        Aliases = ["customer_get", "customer.get"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await EntityLookup.RequireAsync(db.Customers, invocation.RequireString("customerId"), "customer", cancellationToken);
        return new ActionResult(CustomerJson.ToJson(customer));
    }
}
