using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Customers;

public sealed class UpdateCustomerAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("customer.update", "Customers",
        "Updates a customer: any of name, email, phone, status, tier, tags, churnRisk, source; other fields are kept as custom fields.",
        [ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id")])
    {
        Label = "Update customer",
        Synonyms = ["edit customer", "change customer", "set tier", "tag customer", "contact"],
        Outputs = OutputShapes.Customer,
        Aliases = ["customer_update"],
        AcceptsAnyParameters = true,
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await EntityLookup.RequireAsync(db.Customers, invocation.RequireString("customerId"), "customer", cancellationToken);
        CustomerFields.Apply(customer, invocation.Parameters);
        customer.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return new ActionResult(CustomerJson.ToJson(customer));
    }
}
