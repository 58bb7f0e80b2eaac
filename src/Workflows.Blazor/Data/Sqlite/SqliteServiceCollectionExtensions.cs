using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data.Sqlite;

public static class SqliteServiceCollectionExtensions
{
    /// <summary>The SQLite file at <c>Database:Path</c>, with its per-connection pragmas, compaction and FTS5 search.</summary>
    public static IServiceCollection AddSqliteDatabase(this IServiceCollection services, DatabaseLocation location)
    {
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddPooledDbContextFactory<AppDbContext>((provider, options) => options
            .UseSqlite(location.ConnectionString)
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>(), provider.GetRequiredService<EventOutboxInterceptor>()));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<IDatabaseInitializer>(provider => provider.GetRequiredService<DatabaseInitializer>());
        services.AddSingleton<DatabaseCompaction>();
        services.AddSingleton<IDatabaseCompaction>(provider => provider.GetRequiredService<DatabaseCompaction>());
        services.AddSingleton<IPassageSearch, SqlitePassageSearch>();
        services.AddSingleton<IDatabaseSize, SqliteDatabaseSize>();
        return services;
    }
}
