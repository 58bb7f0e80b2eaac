namespace Workflows.Blazor.Operations.Backups;

/// <summary>Scheduled backups (<c>Backup</c> in appsettings.json); the folder they go to is <c>Backup:Folder</c>, read with the database location.</summary>
public sealed class BackupSettings
{
    public const string Section = "Backup";

    /// <summary>When scheduled backups run, as cron (five fields); empty turns them off.</summary>
    public string Schedule { get; set; } = "";

    /// <summary>The time zone of <see cref="Schedule"/> (IANA name).</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How many of the newest backups in the backup folder are kept; older ones are deleted (0 keeps all).</summary>
    public int Keep { get; set; } = 7;
}
