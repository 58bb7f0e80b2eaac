using Microsoft.Data.Sqlite;

namespace Workflows.Blazor.Data.Sqlite;

/// <summary>Copies SQLite databases through SQLite's online backup, which reads one consistent snapshot while others keep writing.</summary>
public static class SqliteFiles
{
    /// <summary>Copies the database at <paramref name="source"/> (which must exist) into <paramref name="target"/>, replacing its contents.</summary>
    public static void Copy(string source, string target)
    {
        using var from = Open(source, SqliteOpenMode.ReadWrite);
        using var to = Open(target, SqliteOpenMode.ReadWriteCreate);
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }

    /// <summary>The database file and the write-ahead log and shared-memory files SQLite keeps beside it.</summary>
    public static IEnumerable<string> WithCompanions(string databaseFile) => [databaseFile, databaseFile + "-wal", databaseFile + "-shm"];

    // Unpooled, so the file is closed when the copy is done and can be moved or deleted.
    private static SqliteConnection Open(string file, SqliteOpenMode mode) => new(new SqliteConnectionStringBuilder
    {
        DataSource = file,
        Mode = mode,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString());
}
