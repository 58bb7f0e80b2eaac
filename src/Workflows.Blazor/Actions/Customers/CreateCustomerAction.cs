using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Customers;

public sealed class CreateCustomerAction(CustomerCommands customers) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("customer.create", "Customers", "Creates a customer.",
        [
            ActionParameter.Mandatory("name", ParameterType.String, "full name"),
            ActionParameter.Mandatory("email", ParameterType.String, "email address"),
            ActionParameter.Optional("phone", ParameterType.String, "phone number"),
            ActionParameter.Optional("status", ParameterType.String, "a short label: active (default), inactive, at_risk, churned, vip or your own"),
            ActionParameter.Optional("tier", ParameterType.String, "standard (default), silver, gold or vip"),
            ActionParameter.Optional("tags", ParameterType.Any, "a list of tags"),
            ActionParameter.Optional("source", ParameterType.String, "where the customer came from"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Create customer",
        Synonyms = ["add customer", "new customer", "new contact", "sign up"],
        Outputs = OutputShapes.Customer,
        Aliases = ["customer_create"],
        AcceptsAnyParameters = true,
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        new(CustomerJson.ToJson(await customers.CreateAsync(invocation.Parameters, invocation.IdempotencyKey, cancellationToken)));
}
