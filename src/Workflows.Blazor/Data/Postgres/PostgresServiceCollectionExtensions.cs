using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data.Postgres;

public static class PostgresServiceCollectionExtensions
{
    /// <summary>The PostgreSQL server at <paramref name="connectionString"/>, with its migrations, full-text search and the channel between the instances sharing it.</summary>
    public static IServiceCollection AddPostgresDatabase(this IServiceCollection services, string connectionString)
    {
        services.AddPooledDbContextFactory<PostgresAppDbContext>((provider, options) => options
            .UseNpgsql(connectionString)
            .AddInterceptors(provider.GetRequiredService<EventOutboxInterceptor>()));
        services.AddSingleton<IDbContextFactory<AppDbContext>, PostgresContextFactory>();
        services.AddSingleton<IDatabaseInitializer, PostgresDatabaseInitializer>();
        services.AddSingleton<IDatabaseCompaction, PostgresCompaction>();
        services.AddSingleton<IPassageSearch, PostgresPassageSearch>();
        services.AddSingleton<IDatabaseSize, PostgresDatabaseSize>();
        services.AddSingleton<IInstanceChannel, PostgresInstanceChannel>();
        return services;
    }
}
