using Microsoft.Data.Sqlite;

namespace Workflows.Testing;

/// <summary>The app's SQLite file opened directly and unpooled, e.g. while the app is down after a kill.</summary>
public static class DatabaseFile
{
    /// <summary>Reads rows, read-only.</summary>
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(
        string path, string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(path, SqliteOpenMode.ReadOnly);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    /// <summary>The first column of the first row as a number, e.g. of <c>SELECT COUNT(*)</c>.</summary>
    public static async Task<long> CountAsync(string path, string sql, params (string Name, object Value)[] parameters) =>
        (await QueryAsync(path, sql, r => r.GetInt64(0), parameters))[0];

    /// <summary>Changes the file while the app is down, to set up what only time or a crash would otherwise make.</summary>
    public static async Task<int> ExecuteAsync(string path, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(path, SqliteOpenMode.ReadWrite);
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }
}
