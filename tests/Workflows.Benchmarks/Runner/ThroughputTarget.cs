namespace Workflows.Benchmarks.Runner;

/// <summary>What the runner throughput is measured on: SQLite with its one instance, or PostgreSQL shared by one or more instances.</summary>
internal sealed record ThroughputTarget(string Name, bool Postgres, int Instances)
{
    public static readonly ThroughputTarget Sqlite = new("one instance on SQLite", Postgres: false, Instances: 1);

    public static ThroughputTarget OnPostgres(int instances) =>
        new($"{(instances == 1 ? "one instance" : $"{instances} instances")} on PostgreSQL", Postgres: true, instances);

    /// <summary>The app settings of every instance; <paramref name="database"/> is the PostgreSQL database they share.</summary>
    public Dictionary<string, string> Settings(PostgresTestDatabase? database) => database is null
        ? new() { ["Database:Provider"] = "Sqlite" }
        : new() { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = database.ConnectionString };

    /// <summary>A database of its own on the server the tests use, or null for SQLite; fails saying what to set when there is no server.</summary>
    public PostgresTestDatabase? CreateDatabase() => !Postgres ? null : PostgresTestDatabase.CreateIfChosen()
        ?? throw new InvalidOperationException(
            $"Throughput on PostgreSQL needs a server: set {PostgresTestDatabase.ServerVariable} to its connection string (tests/postgres/start.sh starts one).");
}
