using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data.Postgres;

/// <summary>What PostgreSQL reports for the app's database: tables, indexes and their free space together.</summary>
public sealed class PostgresDatabaseSize(IDbContextFactory<AppDbContext> contexts) : IDatabaseSize
{
    public long Bytes()
    {
        using var db = contexts.CreateDbContext();
        return db.Database.SqlQuery<long>($"SELECT pg_database_size(current_database()) AS \"Value\"").Single();
    }
}
