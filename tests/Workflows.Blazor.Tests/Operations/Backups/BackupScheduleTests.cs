using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Operations.Backups;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Operations.Backups;

/// <summary>When scheduled backups run, as the System page shows it, and that test hosts never run them.</summary>
public sealed class BackupScheduleTests
{
    [Fact]
    public async Task ScheduledBackups_AreOff_InATestHost_EvenAtTheDefaultSchedulesTime()
    {
        using var app = new AppFactory();
        var job = app.Services.GetRequiredService<ScheduledBackupJob>();
        var backup = app.Services.GetRequiredService<DatabaseBackup>();

        app.Clock.Advance(TimeSpan.FromDays(1));
        await job.Invoke();

        Assert.Null(job.NextDue);
        Assert.False(Directory.Exists(backup.Folder) && Directory.EnumerateFiles(backup.Folder).Any(), "a test host backed up on the default schedule");
    }

    [Fact]
    public void NextDue_IsTheSchedulesNextTime_BeforeTheFirstLook()
    {
        using var app = new AppFactory().WithSetting("Backup:Schedule", "30 2 * * *").WithSetting("Backup:TimeZone", "Europe/Paris");

        var next = app.Services.GetRequiredService<ScheduledBackupJob>().NextDue;

        // The clock reads 2026-11-23 08:00 UTC; 02:30 in Paris is 01:30 UTC in winter.
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 1, 30, 0, TimeSpan.Zero), next);
    }
}
