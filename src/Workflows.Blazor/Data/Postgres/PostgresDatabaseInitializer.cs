using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data.Postgres;

/// <summary>
/// Applies PostgreSQL's pending migrations. Each migration runs in a transaction of its own (PostgreSQL's DDL is
/// transactional), so a failed upgrade leaves the database at the last migration that succeeded; EF Core's migration
/// lock keeps two instances starting at once from migrating twice.
/// </summary>
public sealed class PostgresDatabaseInitializer(IDbContextFactory<AppDbContext> contexts, ILogger<PostgresDatabaseInitializer> logger) : IDatabaseInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        logger.LogInformation("PostgreSQL database {Database} on {Host} ready", db.Database.GetDbConnection().Database, db.Database.GetDbConnection().DataSource);
    }
}
