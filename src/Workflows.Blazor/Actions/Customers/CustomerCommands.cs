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

    /// <summary>Creates the customer; given the key of a step that created one already, gives that one and creates nothing.</summary>
    public Task<CustomerEntity> CreateAsync(JsonObject fields, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        KeyedRecords.CreateOnceAsync(contexts, idempotencyKey, db => db.Customers, async db =>
        {
            var now = time.GetUtcNow();
            var customer = new CustomerEntity
            {
                Id = Ids.Short("cust"), Name = "", Email = "", Status = "active", Tier = "standard", CreatedAt = now, UpdatedAt = now,
                IdempotencyKey = idempotencyKey,
            };
            CustomerFields.Apply(customer, fields);
            if (await db.Customers.AnyAsync(c => c.Email == customer.Email, cancellationToken))
            {
                throw new StepFailedException($"A customer with the email {customer.Email} already exists.");
            }
            db.Customers.Add(customer);
            events.Add(db, DomainEventNames.CustomerCreated, customer.Id, CustomerJson.ToJson(customer));
            await db.SaveChangesAsync(cancellationToken);
            return customer;
        }, cancellationToken);

    /// <summary>Changes the customer's <paramref name="fields"/>.</summary>
    public async Task<CustomerEntity> UpdateAsync(string customerId, JsonObject fields, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await ChangeAsync(db, customerId, fields, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return customer;
    }

    /// <summary>
    /// Changes the customer's <paramref name="fields"/> in the caller's unit of work, with <c>customer.updated</c> for what
    /// changed; the caller saves, together with what it records beside the change (e.g. the CRM's history note).
    /// </summary>
    public async Task<CustomerEntity> ChangeAsync(AppDbContext db, string customerId, JsonObject fields, CancellationToken cancellationToken)
    {
        var customer = await EntityLookup.RequireAsync(db.Customers, customerId, "customer", cancellationToken);
        var before = CustomerJson.ToJson(customer);
        CustomerFields.Apply(customer, fields);
        customer.UpdatedAt = time.GetUtcNow();
        if (FieldChanges.Describe(before, CustomerJson.ToJson(customer), ChangesEveryWrite) is { } changed)
        {
            events.Add(db, DomainEventNames.CustomerUpdated, customer.Id, changed);
        }
        return customer;
    }

    /// <summary>
    /// Adds <paramref name="points"/> (negative ones take points back) to the customer's balance in the caller's unit of work,
    /// and gives the customer as changed; the caller raises the change with <see cref="LoyaltyPointsChangedAsync"/> once it
    /// committed. The UPDATE adds in place and comes before any read: it takes the write lock first, so two runs rewarding
    /// the same customer at once both count.
    /// </summary>
    public async Task<CustomerEntity> AddLoyaltyPointsAsync(AppDbContext db, string customerId, int points, CancellationToken cancellationToken)
    {
        var changed = await db.Customers.Where(c => c.Id == customerId && c.LoyaltyPoints + points >= 0)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.LoyaltyPoints, c => c.LoyaltyPoints + points)
                .SetProperty(c => c.UpdatedAt, time.GetUtcNow()), cancellationToken);
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken)
            ?? throw new StepFailedException($"There is no customer '{customerId}'.");
        return changed > 0 ? customer
            : throw new StepFailedException($"{customer.Name} has {customer.LoyaltyPoints:N0} loyalty points, so {-points:N0} cannot be taken back.");
    }

    /// <summary>Raises <c>customer.updated</c> for points added in a unit of work that has committed.</summary>
    public async Task LoyaltyPointsChangedAsync(CustomerEntity customer, int points)
    {
        var after = CustomerJson.ToJson(customer);
        var before = (JsonObject)after.DeepClone();
        before["loyaltyPoints"] = customer.LoyaltyPoints - points;
        if (FieldChanges.Describe(before, after, ChangesEveryWrite) is { } changed)
        {
            await events.RaiseAsync(DomainEventNames.CustomerUpdated, customer.Id, changed);
        }
    }

    /// <summary>Makes <paramref name="managerId"/> the customer's account manager; null leaves them without one.</summary>
    public async Task AssignManagerAsync(string customerId, string? managerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (managerId is not null && !await db.AccountManagers.AnyAsync(m => m.Id == managerId, cancellationToken))
        {
            throw new StepFailedException($"There is no account manager '{managerId}'.");
        }
        await db.Customers.Where(c => c.Id == customerId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.AccountManagerId, managerId).SetProperty(c => c.UpdatedAt, time.GetUtcNow()), cancellationToken);
    }
}
