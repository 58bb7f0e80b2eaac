using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Store;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions.Customers;

/// <summary>
/// The only writer of customers (actions and the Data page alike): checks the fields and commits them with
/// the <c>customer.created</c> or <c>customer.updated</c> event (with what changed) in one transaction.
/// </summary>
public sealed class CustomerCommands(IDbContextFactory<AppDbContext> contexts, IDomainEvents events, TimeProvider time)
{
    private static readonly string[] ChangesEveryWrite = ["updatedAt", "customFields"];

    public async Task<CustomerEntity> CreateAsync(JsonObject fields, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var customer = new CustomerEntity
        {
            Id = Store.Ids.Short("cust"), Name = "", Email = "", Status = "active", Tier = "standard", CreatedAt = now, UpdatedAt = now,
        };
        CustomerFields.Apply(customer, fields);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Customers.AnyAsync(c => c.Email == customer.Email, cancellationToken))
            {
                throw new StepFailedException($"A customer with the email {customer.Email} already exists.");
            }
            db.Customers.Add(customer);
            events.Add(db, DomainEventNames.CustomerCreated, customer.Id, CustomerJson.ToJson(customer));
            await db.SaveChangesAsync(cancellationToken);
        }
        return customer;
    }

    /// <summary>
    /// Changes the customer's <paramref name="fields"/>; <paramref name="alongside"/> adds records that commit with the change
    /// (e.g. the CRM's history note).
    /// </summary>
    public async Task<CustomerEntity> UpdateAsync(
        string customerId, JsonObject fields, Func<AppDbContext, CustomerEntity, DateTimeOffset, Task>? alongside = null, CancellationToken cancellationToken = default)
    {
        CustomerEntity customer;
        JsonObject before;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            customer = await EntityLookup.RequireAsync(db.Customers, customerId, "customer", cancellationToken);
            before = CustomerJson.ToJson(customer);
            CustomerFields.Apply(customer, fields);
            customer.UpdatedAt = time.GetUtcNow();
            if (alongside is not null)
            {
                await alongside(db, customer, customer.UpdatedAt);
            }
            if (FieldChanges.Describe(before, CustomerJson.ToJson(customer), ChangesEveryWrite) is { } changed)
            {
                events.Add(db, DomainEventNames.CustomerUpdated, customer.Id, changed);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return customer;
    }
}
