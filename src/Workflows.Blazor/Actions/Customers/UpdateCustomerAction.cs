using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Customers;

public sealed class UpdateCustomerAction(CustomerCommands customers) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("customer.update", "Customers",
        "Updates a customer: any of name, email, phone, status, tier, tags, churnRisk, source; other fields are kept as custom fields.",
        [ActionParameter.Mandatory("customerId", ParameterType.String, "the customer's id")])
    {
        Effect = Effect.WritesData,
        Label = "Update customer",
        Synonyms = ["edit customer", "change customer", "set tier", "tag customer", "contact"],
        Outputs = OutputShapes.Customer,
        Aliases = ["customer_update"],
        AcceptsAnyParameters = true,
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        new(CustomerJson.ToJson(await customers.UpdateAsync(invocation.RequireString("customerId"), invocation.Parameters, cancellationToken: cancellationToken)));
}
