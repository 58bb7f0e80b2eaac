using Microsoft.Data.Sqlite;

namespace Workflows.Blazor.Data;

/// <summary>Where the SQLite file lives (<c>Database:Path</c>, relative to the settings folder) and the folder beside it.</summary>
public sealed class DatabaseLocation
{
    public const string DefaultPath = "data/workflows.db";

    public DatabaseLocation(IConfiguration configuration)
    {
        var settingsFolder = AppPaths.FindSettingsFolder();
        FilePath = AppPaths.Resolve(settingsFolder, configuration["Database:Path"] is { Length: > 0 } path ? path : DefaultPath);
        Folder = Path.GetDirectoryName(FilePath)!;
        BackupsFolder = configuration["Backup:Folder"] is { Length: > 0 } backups ? AppPaths.Resolve(settingsFolder, backups) : Path.Combine(Folder, "backups");
    }

    public string FilePath { get; }

    public string Folder { get; }

    /// <summary>Where scheduled, manual and pre-upgrade backups go (<c>Backup:Folder</c>, else a "backups" folder beside the database).</summary>
    public string BackupsFolder { get; }

    /// <summary>The data-protection keys that decrypt secrets: back them up together with the database.</summary>
    public string KeysFolder => Path.Combine(Folder, "keys");

    /// <summary>The file a running app holds locked, so restores and second instances can tell the database is in use.</summary>
    public string LockPath => FilePath + ".lock";

    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = FilePath,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
