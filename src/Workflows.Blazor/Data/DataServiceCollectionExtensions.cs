using Workflows.Blazor.Data.Postgres;
using Workflows.Blazor.Data.Sqlite;

namespace Workflows.Blazor.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// The database through EF Core: a context factory, so every unit of work gets its own short-lived context, over
    /// the provider that <c>Database:Provider</c> names; whatever only one provider knows stays in its own folder.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, DatabaseLocation location, DatabaseSettings settings)
    {
        services.AddSingleton(location);
        services.AddSingleton(settings);
        services.AddSingleton<EventOutboxSignal>();
        services.AddSingleton<EventOutboxInterceptor>();
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddPostgresDatabase(settings.ConnectionString);
        }
        else
        {
            services.AddSqliteDatabase(location);
        }
        services.AddSingleton<DatabaseLock>();
        services.AddSingleton<JsonSettings>();
        return services;
    }
}
