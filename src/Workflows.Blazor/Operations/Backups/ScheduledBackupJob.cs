using Coravel.Invocable;
using Cronos;
using Microsoft.Extensions.Options;
using Workflows.Engine.Editing.Schedules;

namespace Workflows.Blazor.Operations.Backups;

/// <summary>
/// Coravel looks every minute whether <c>Backup:Schedule</c> came due since the last look, and backs up when it did.
/// One instance for the app's life, so it remembers when the next backup is due.
/// </summary>
public sealed class ScheduledBackupJob(DatabaseBackup backup, IOptions<BackupSettings> settings, TimeProvider time) : IInvocable, ICancellableInvocable
{
    private readonly (CronExpression Cron, TimeZoneInfo Zone)? _schedule = Parse(settings.Value);
    private DateTimeOffset? _due;

    public CancellationToken CancellationToken { get; set; }

    /// <summary>When the next scheduled backup runs, or null when backups are not scheduled.</summary>
    public DateTimeOffset? NextDue => _due ?? (_schedule is { } schedule ? schedule.Cron.GetNextOccurrence(time.GetUtcNow(), schedule.Zone) : null);

    public async Task Invoke()
    {
        if (_schedule is not { } schedule)
        {
            return;
        }
        var now = time.GetUtcNow();
        _due ??= schedule.Cron.GetNextOccurrence(now, schedule.Zone);
        if (_due is not { } due || now < due)
        {
            return;
        }
        _due = schedule.Cron.GetNextOccurrence(now, schedule.Zone);
        await backup.BackUpNowAsync(null, CancellationToken);
    }

    /// <summary>The schedule, or null when none is set; a schedule that is not cron or a zone that does not exist is the host's mistake.</summary>
    public static (CronExpression Cron, TimeZoneInfo Zone)? Parse(BackupSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Schedule))
        {
            return null;
        }
        var cron = CronTimes.Parse(settings.Schedule, out var cronProblem) ?? throw new OptionsValidationException(BackupSettings.Section, typeof(BackupSettings), [$"The backup schedule {cronProblem}"]);
        var zone = CronTimes.Zone(settings.TimeZone, out var zoneProblem) ?? throw new OptionsValidationException(BackupSettings.Section, typeof(BackupSettings), [$"The backup time zone {zoneProblem}"]);
        return (cron, zone);
    }
}
