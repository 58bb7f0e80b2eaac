using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Workflows.Blazor.Data.Sqlite;

/// <summary>
/// Per-connection settings: wait for a busy database instead of failing, enforce foreign keys, and
/// in WAL mode sync at checkpoints only (committed work survives a killed process; only a power cut may lose the last commits),
/// and cut the write-ahead log back to 64 MB after a checkpoint, however large one big transaction made it.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 67108864;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
