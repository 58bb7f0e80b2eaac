using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions.Customers;

internal static class CustomerLookup
{
    public static async Task<CustomerEntity> RequireAsync(AppDbContext db, string customerId, CancellationToken cancellationToken) =>
        await db.Customers.FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken)
            ?? throw new StepFailedException($"There is no customer '{customerId}'.");
}
