using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Demo;

/// <summary>The demo store's account managers (<c>account-managers.json</c>), each with the customers they own.</summary>
internal static class DemoAccountManagers
{
    /// <summary>Adds the managers and assigns them to the customers <paramref name="db"/> is about to insert.</summary>
    public static void Add(AppDbContext db)
    {
        var managers = DemoFiles.Read<DemoAccountManager>("account-managers.json");
        db.AccountManagers.AddRange(managers.Select(m => new AccountManagerEntity { Id = m.Id, Name = m.Name, Email = m.Email }));
        var ownerOf = managers.SelectMany(m => m.Customers.Select(customer => (customer, m.Id))).ToDictionary(p => p.customer, p => p.Id);
        foreach (var customer in db.ChangeTracker.Entries<CustomerEntity>().Select(e => e.Entity))
        {
            customer.AccountManagerId = ownerOf.GetValueOrDefault(customer.Id);
        }
    }
}
