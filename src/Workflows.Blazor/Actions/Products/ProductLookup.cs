using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions.Products;

internal static class ProductLookup
{
    public static async Task<ProductEntity> RequireAsync(AppDbContext db, string productId, CancellationToken cancellationToken) =>
        await db.Products.FirstOrDefaultAsync(p => p.Id == productId, cancellationToken)
            ?? throw new StepFailedException($"There is no product '{productId}'.");
}
