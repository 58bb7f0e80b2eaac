using Microsoft.Data.Sqlite;

namespace Workflows.Blazor.Tests.Support;

/// <summary>Reads the app's SQLite file directly, read-only and unpooled, e.g. while the app is down after a kill.</summary>
internal static class DatabaseFile
{
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(string path, string sql, Func<SqliteDataReader, T> read)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
