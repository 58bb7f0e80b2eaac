using Coravel;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Operations.Backups;

public static class BackupServiceCollectionExtensions
{
    /// <summary>Online backups and restores, the last result, the backup taken before an upgrade, and the schedule's job.</summary>
    public static IServiceCollection AddBackups(this IServiceCollection services)
    {
        services.AddOptions<BackupSettings>().BindConfiguration(BackupSettings.Section);
        services.AddSingleton<BackupHistory>();
        services.AddSingleton<DatabaseBackup>();
        services.AddSingleton<IUpgradeBackup>(provider => provider.GetRequiredService<DatabaseBackup>());
        services.AddSingleton<DatabaseRestore>();
        services.AddSingleton<ScheduledBackupJob>();
        return services;
    }

    /// <summary>
    /// Looks every minute whether a scheduled backup is due; a schedule that is not cron stops the start with the reason.
    /// These backups copy the SQLite file: a PostgreSQL server is backed up with its own tools (pg_dump, base backups).
    /// </summary>
    public static IServiceProvider UseBackupSchedule(this IServiceProvider services)
    {
        if (services.GetRequiredService<DatabaseSettings>().Provider != DatabaseProvider.Sqlite)
        {
            return services;
        }
        services.GetRequiredService<ScheduledBackupJob>();
        services.UseScheduler(scheduler => scheduler.Schedule<ScheduledBackupJob>().EveryMinute().PreventOverlapping(nameof(ScheduledBackupJob)));
        return services;
    }
}
