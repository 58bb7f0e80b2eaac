using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Actions.Products;

/// <summary>The only writer of products (actions and the Data page alike): checks their fields and commits them.</summary>
public sealed class ProductCommands(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    /// <summary>Adds a product; given the key of a step that added one already, gives that one and adds nothing.</summary>
    public Task<ProductEntity> CreateAsync(JsonObject fields, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        KeyedRecords.CreateOnceAsync(contexts, idempotencyKey, db => db.Products, async db =>
        {
            var now = time.GetUtcNow();
            var product = new ProductEntity
            {
                Id = Ids.Short("prod"), Name = "", Category = "", Status = "active", CreatedAt = now, UpdatedAt = now, IdempotencyKey = idempotencyKey,
            };
            ProductFields.Apply(product, fields);
            db.Products.Add(product);
            await db.SaveChangesAsync(cancellationToken);
            return product;
        }, cancellationToken);

    /// <summary>Changes the product's <paramref name="fields"/>; the ones not given stay as they are.</summary>
    public async Task<ProductEntity> UpdateAsync(string productId, JsonObject fields, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await EntityLookup.RequireAsync(db.Products, productId, "product", cancellationToken);
        ProductFields.Apply(product, fields);
        product.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return product;
    }
}
