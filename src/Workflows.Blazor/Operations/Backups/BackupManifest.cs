namespace Workflows.Blazor.Operations.Backups;

/// <summary>What a backup archive holds, written into it as manifest.json.</summary>
/// <param name="Format">The archive's layout version, so a later release can read older archives.</param>
/// <param name="AppVersion">The version of the app that made the backup.</param>
/// <param name="CreatedAt">When the database was copied.</param>
/// <param name="Schema">The last database migration the copy has, which tells the release it needs.</param>
/// <param name="Keys">How many data-protection keys (which decrypt secrets) are in the archive, in the database copy and beside it.</param>
public sealed record BackupManifest(int Format, string AppVersion, DateTimeOffset CreatedAt, string? Schema, int Keys)
{
    public const int CurrentFormat = 1;
}
