using Microsoft.Data.Sqlite;
using Workflows.Blazor.Hosting;

namespace Workflows.Blazor.Data;

/// <summary>Where the SQLite file lives (<c>Database:Path</c>, relative to the settings folder) and the folder beside it.</summary>
public sealed class DatabaseLocation
{
    public const string DefaultPath = "data/workflows.db";

    public DatabaseLocation(IConfiguration configuration)
    {
        FilePath = AppPaths.Resolve(AppPaths.FindSettingsFolder(), configuration["Database:Path"] is { Length: > 0 } path ? path : DefaultPath);
        Folder = Path.GetDirectoryName(FilePath)!;
    }

    public string FilePath { get; }

    public string Folder { get; }

    /// <summary>The data-protection keys that decrypt secrets: back them up together with the database.</summary>
    public string KeysFolder => Path.Combine(Folder, "keys");

    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = FilePath,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}
