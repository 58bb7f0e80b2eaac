using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Postgres;

namespace Workflows.Blazor.Operations.PostgresCopy;

/// <summary>
/// Copies a SQLite installation into an empty PostgreSQL database: refuses one that holds rows (before changing anything
/// in it), brings PostgreSQL's schema up to date, copies every table of the model in foreign-key order in batches read by key, moves the identity sequences past the copied keys and compares
/// each table's row count on both sides. Writes what it does to <paramref name="output"/>.
/// </summary>
public sealed class SqliteToPostgresCopy(string sqliteFile, string postgresConnectionString, TextWriter output)
{
    private const int ProgressEvery = 10_000;

    private static readonly MethodInfo CopyTableMethod =
        typeof(SqliteToPostgresCopy).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>Rows read and written at a time (settable so tests can cross batches with a few rows).</summary>
    internal int BatchSize { get; init; } = 1_000;

    /// <summary>True when every table holds as many rows in PostgreSQL as in SQLite.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(sqliteFile))
        {
            throw new MigrationRefusedException($"There is no SQLite database at {sqliteFile}.");
        }
        await using var source = OpenSource();
        if ((await source.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            throw new MigrationRefusedException($"{sqliteFile} is from an older version of the app: start the app on it once (it upgrades itself), then copy it.");
        }
        await using var target = OpenTarget();
        await RefuseRowsAsync(target, cancellationToken);
        await target.Database.MigrateAsync(cancellationToken);

        var matches = true;
        foreach (var table in TableCopyOrder.Of(target.Model))
        {
            var copy = (Task<bool>)CopyTableMethod.MakeGenericMethod(table.ClrType).Invoke(this, [source, target, table, cancellationToken])!;
            matches &= await copy;
            await ResetIdentityAsync(target, table, cancellationToken);
        }
        return matches;
    }

    private AppDbContext OpenSource() =>
        new(new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = sqliteFile, Mode = SqliteOpenMode.ReadWrite }.ToString())
            .Options);

    private PostgresAppDbContext OpenTarget() =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(postgresConnectionString).Options);

    // Before the schema is touched: any table with rows (of this version's model, an older one's or another app's) refuses the copy.
    private static async Task RefuseRowsAsync(PostgresAppDbContext target, CancellationToken cancellationToken)
    {
        if (!await target.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return;
        }
        var tables = await target.Database.SqlQueryRaw<string>(
                "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
            .ToListAsync(cancellationToken);
        foreach (var table in tables.Where(t => t != HistoryRepository.DefaultTableName).Order())
        {
            if (await CountAsync(target, table, cancellationToken) > 0)
            {
                throw new MigrationRefusedException($"The PostgreSQL database is not empty (table {table} has rows): copy into a new, empty database.");
            }
        }
    }

    // Rows are read tracked, so that values the model keeps outside the entity classes (shadow properties) come along too.
    private async Task<bool> CopyTableAsync<TEntity>(AppDbContext source, PostgresAppDbContext target, IEntityType table, CancellationToken cancellationToken)
        where TEntity : class
    {
        var total = await source.Set<TEntity>().LongCountAsync(cancellationToken);
        var key = table.FindPrimaryKey()!;
        var shadows = table.GetProperties().Where(p => p.IsShadowProperty()).Select(p => p.Name).ToList();
        target.ChangeTracker.AutoDetectChangesEnabled = false;
        object?[]? last = null;
        var copied = 0L;
        List<TEntity> page;
        while ((page = await KeysetPages.Page(source.Set<TEntity>(), key, last).Take(BatchSize).ToListAsync(cancellationToken)).Count > 0)
        {
            foreach (var row in page)
            {
                var from = source.Entry(row);
                var to = target.Entry(row);
                to.State = EntityState.Added;
                shadows.ForEach(name => to.Property(name).CurrentValue = from.Property(name).CurrentValue);
            }
            last = KeysetPages.KeyOf(source, page[^1], key);
            await target.SaveChangesAsync(cancellationToken);
            source.ChangeTracker.Clear();
            target.ChangeTracker.Clear();
            copied += page.Count;
            if (copied < total && copied / ProgressEvery > (copied - page.Count) / ProgressEvery)
            {
                await output.WriteLineAsync($"  {table.GetTableName()}: {copied:N0} of {total:N0} rows...");
            }
        }
        var copiedRows = await target.Set<TEntity>().LongCountAsync(cancellationToken);
        var match = copiedRows == total;
        await output.WriteLineAsync($"  {table.GetTableName()}: {total:N0} in SQLite, {copiedRows:N0} in PostgreSQL{(match ? "" : "  MISMATCH")}");
        return match;
    }

    // Copied rows keep their keys; PostgreSQL's identity sequences must then start after the largest one.
    private static async Task ResetIdentityAsync(PostgresAppDbContext target, IEntityType table, CancellationToken cancellationToken)
    {
        var name = table.GetTableName()!;
        var store = StoreObjectIdentifier.Table(name, table.GetSchema());
        foreach (var column in table.GetProperties().Where(p => NpgsqlPropertyExtensions.GetValueGenerationStrategy(p, store) is NpgsqlValueGenerationStrategy.IdentityByDefaultColumn
                     or NpgsqlValueGenerationStrategy.IdentityAlwaysColumn or NpgsqlValueGenerationStrategy.SerialColumn))
        {
            var columnName = column.GetColumnName(store)!;
            var sql = "SELECT setval(pg_get_serial_sequence('\"" + name + "\"', '" + columnName + "'), COALESCE(MAX(\"" + columnName + "\"), 0) + 1, false) FROM \"" + name + "\"";
            await target.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    private static Task<long> CountAsync(DbContext db, string table, CancellationToken cancellationToken)
    {
        var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
        return db.Database.SqlQueryRaw<long>(sql).SingleAsync(cancellationToken);
    }
}
