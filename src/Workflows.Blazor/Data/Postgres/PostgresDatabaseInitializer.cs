using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Workflows.Blazor.Data.Postgres;

/// <summary>
/// Creates the database when the server lacks it and applies PostgreSQL's pending migrations, each in a transaction of
/// its own (PostgreSQL's DDL is transactional), so a failed upgrade leaves the database at the last migration that
/// succeeded. Instances starting at once upgrade one at a time under a session lock: EF Core's own migration lock is
/// held only for each migration's transaction, so an instance that read the applied migrations before another
/// finished would apply them again ("column already exists").
/// </summary>
public sealed class PostgresDatabaseInitializer(IDbContextFactory<AppDbContext> contexts, ILogger<PostgresDatabaseInitializer> logger) : IDatabaseInitializer
{
    // Any number the app uses for nothing else; advisory locks are per database.
    private const long UpgradeLock = 0x5746_4d49_4752_4154;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await CreateIfMissingAsync(db.GetService<IRelationalDatabaseCreator>(), cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({UpgradeLock})", cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            // Closing the connection ends the session, which releases the lock even when the upgrade failed.
            await db.Database.CloseConnectionAsync();
        }
        logger.LogInformation("PostgreSQL database {Database} on {Host} ready", db.Database.GetDbConnection().Database, db.Database.GetDbConnection().DataSource);
    }

    private static async Task CreateIfMissingAsync(IRelationalDatabaseCreator creator, CancellationToken cancellationToken)
    {
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it a moment ago.
        }
    }
}
