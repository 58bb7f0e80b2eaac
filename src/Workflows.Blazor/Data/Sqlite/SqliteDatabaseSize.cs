namespace Workflows.Blazor.Data.Sqlite;

/// <summary>The SQLite file together with its write-ahead log and shared-memory file.</summary>
public sealed class SqliteDatabaseSize(DatabaseLocation database) : IDatabaseSize
{
    public long Bytes() =>
        SqliteFiles.WithCompanions(database.FilePath).Select(file => new FileInfo(file)).Where(file => file.Exists).Sum(file => file.Length);
}
