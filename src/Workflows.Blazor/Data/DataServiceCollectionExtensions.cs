using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>SQLite through EF Core: a context factory, so every unit of work gets its own short-lived context.</summary>
    public static IServiceCollection AddData(this IServiceCollection services, DatabaseLocation location)
    {
        services.AddSingleton(location);
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddSingleton<EventOutboxSignal>();
        services.AddSingleton<EventOutboxInterceptor>();
        services.AddPooledDbContextFactory<AppDbContext>((provider, options) => options
            .UseSqlite(location.ConnectionString)
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>(), provider.GetRequiredService<EventOutboxInterceptor>()));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<DatabaseCompaction>();
        services.AddSingleton<DatabaseLock>();
        services.AddSingleton<JsonSettings>();
        return services;
    }
}
