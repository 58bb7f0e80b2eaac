using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Blazor.Data.Sqlite;

/// <summary>
/// Gives the space of deleted rows back to the file system. Databases are made with SQLite's incremental auto-vacuum
/// (new ones when created, older ones at their next upgrade), so after retention deletes old runs the freed pages are
/// cut off the end of the file and the write-ahead log is truncated; otherwise the file would stay at its largest size.
/// </summary>
public sealed class DatabaseCompaction(IDbContextFactory<AppDbContext> contexts, ILogger<DatabaseCompaction> logger) : IDatabaseCompaction
{
    private const long IncrementalAutoVacuum = 2;

    /// <summary>Returns the free pages to the file system and truncates the write-ahead log; returns how many pages were freed.</summary>
    public async Task<long> CompactAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var free = await ScalarAsync(connection, "PRAGMA freelist_count", cancellationToken);
        if (free > 0 && await ScalarAsync(connection, "PRAGMA auto_vacuum", cancellationToken) == IncrementalAutoVacuum)
        {
            await ExecuteAsync(connection, "PRAGMA incremental_vacuum", cancellationToken);
            logger.LogInformation("Compaction gave {Pages} free page(s) of the database back to the file system", free);
        }
        // Busy readers or writers only make the checkpoint partial; the next compaction truncates the log.
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        return free;
    }

    /// <summary>Makes a database file that has no tables yet compactable; must run before the first table is created.</summary>
    public static async Task PrepareNewAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // The VACUUM writes the empty file's header, which keeps the auto-vacuum setting for good.
        await ConvertAsync(connection, cancellationToken);
    }

    /// <summary>Makes an existing database compactable by rewriting it (a VACUUM), unless it already is.</summary>
    public static async Task ConvertAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (await ScalarAsync(connection, "PRAGMA auto_vacuum", cancellationToken) != IncrementalAutoVacuum)
        {
            await ExecuteAsync(connection, "PRAGMA auto_vacuum = INCREMENTAL; VACUUM;", cancellationToken);
        }
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
