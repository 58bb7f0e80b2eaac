using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Customers;

public sealed class CreateCustomerAction(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("customer.create", "Customers", "Creates a customer.",
        [
            ActionParameter.Mandatory("name", ParameterType.String, "full name"),
            ActionParameter.Mandatory("email", ParameterType.String, "email address"),
            ActionParameter.Optional("phone", ParameterType.String, "phone number"),
            ActionParameter.Optional("status", ParameterType.String, "active (default), inactive, at_risk or churned"),
            ActionParameter.Optional("tier", ParameterType.String, "standard (default), silver, gold or vip"),
            ActionParameter.Optional("tags", ParameterType.Any, "a list of tags"),
            ActionParameter.Optional("source", ParameterType.String, "where the customer came from"),
        ])
    {
        Label = "Create customer",
        Synonyms = ["add customer", "new customer", "new contact", "sign up"],
        Outputs = OutputShapes.Customer,
        Aliases = ["customer_create"],
        AcceptsAnyParameters = true,
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var customer = new CustomerEntity
        {
            Id = Store.Ids.Short("cust"), Name = "", Email = "", Status = "active", Tier = "standard", CreatedAt = now, UpdatedAt = now,
        };
        CustomerFields.Apply(customer, invocation.Parameters);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Customers.AnyAsync(c => c.Email == customer.Email, cancellationToken))
        {
            throw new StepFailedException($"A customer with the email {customer.Email} already exists.");
        }
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return new ActionResult(CustomerJson.ToJson(customer));
    }
}
