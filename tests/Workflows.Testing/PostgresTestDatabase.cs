using Npgsql;

namespace Workflows.Testing;

/// <summary>
/// When the tests run against PostgreSQL (<c>WORKFLOWS_TEST_POSTGRES</c> holds the server's connection string, as
/// tests/run.sh sets it), each app under test gets a new database of its own on that server, dropped with the app.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string ServerVariable = "WORKFLOWS_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name = "wf_test_" + Guid.NewGuid().ToString("N");

    private PostgresTestDatabase(string server)
    {
        _server = server;
        Execute($"CREATE DATABASE {_name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ToString();
    }

    /// <summary>A new database when the tests run against PostgreSQL, else null (they run on SQLite files).</summary>
    public static PostgresTestDatabase? CreateIfChosen() =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? new PostgresTestDatabase(server) : null;

    public string ConnectionString { get; }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
