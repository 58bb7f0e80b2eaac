using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data.Entities;

namespace Workflows.Blazor.Data;

/// <summary>
/// The one way a step's write happens once per idempotency key: the row that carries the key is the step's result, and a
/// unique index on the key settles two runs of the same step racing each other.
/// </summary>
public static class KeyedRecords
{
    /// <summary>
    /// Gives the <typeparamref name="T"/> that carries <paramref name="key"/> in <paramref name="rows"/>, or runs
    /// <paramref name="create"/>, which adds a row with the key and saves. When the save loses a race to another run of the
    /// same step (the unique index refuses the key), the winner's row is the answer.
    /// </summary>
    public static async Task<T> CreateOnceAsync<T>(
        IDbContextFactory<AppDbContext> contexts, string? key, Func<AppDbContext, IQueryable<T>> rows, Func<AppDbContext, Task<T>> create,
        CancellationToken cancellationToken) where T : class, IKeyedRecord
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(rows(db), key, cancellationToken) is { } created)
        {
            return created;
        }
        try
        {
            return await create(db);
        }
        catch (DbUpdateException) when (key is not null)
        {
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            if (await FindAsync(rows(again), key, cancellationToken) is { } raced)
            {
                return raced;
            }
            throw;
        }
    }

    /// <summary>
    /// As <see cref="CreateOnceAsync"/>, and says whether this call created the row: for writes whose creator alone goes on
    /// to act on it (send the message, wake the run), while a second run of the step only reads what the first one did.
    /// </summary>
    public static async Task<(T Record, bool Created)> CreateOrFindAsync<T>(
        IDbContextFactory<AppDbContext> contexts, string? key, Func<AppDbContext, IQueryable<T>> rows, Func<AppDbContext, Task<T>> create,
        CancellationToken cancellationToken) where T : class, IKeyedRecord
    {
        var created = false;
        var record = await CreateOnceAsync(contexts, key, rows, async db =>
        {
            var made = await create(db);
            created = true;
            return made;
        }, cancellationToken);
        return (record, created);
    }

    /// <summary>The row a step with this key created, if any.</summary>
    public static Task<T?> FindAsync<T>(IQueryable<T> rows, string? key, CancellationToken cancellationToken) where T : class, IKeyedRecord =>
        key is null ? Task.FromResult<T?>(null) : rows.AsNoTracking().FirstOrDefaultAsync(r => r.IdempotencyKey == key, cancellationToken);

    /// <summary>Every keyed row's key is unique; rows without one (made by people, seeded) are many.</summary>
    internal static void IndexKeys(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IKeyedRecord).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).HasIndex(nameof(IKeyedRecord.IdempotencyKey)).IsUnique();
        }
    }
}
