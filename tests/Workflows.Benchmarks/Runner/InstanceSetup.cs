namespace Workflows.Benchmarks.Runner;

/// <summary>What a runner benchmark runs on: SQLite with its one instance, or PostgreSQL shared by one or more instances.</summary>
internal sealed record InstanceSetup(string Name, bool Postgres, int Instances)
{
    public static readonly InstanceSetup Sqlite = new("one instance on SQLite", Postgres: false, Instances: 1);

    public static InstanceSetup OnPostgres(int instances) =>
        new($"{(instances == 1 ? "one instance" : $"{instances} instances")} on PostgreSQL", Postgres: true, instances);

    /// <summary>Starts the instances on a new database of their own; fails saying what to set when PostgreSQL has no server.</summary>
    public Task<StartedInstances> StartAsync()
    {
        var database = !Postgres ? null : PostgresTestDatabase.CreateIfChosen()
            ?? throw new InvalidOperationException(
                $"Benchmarks on PostgreSQL need a server: set {PostgresTestDatabase.ServerVariable} to its connection string (tests/postgres/start.sh starts one).");
        var settings = database is null
            ? new Dictionary<string, string> { ["Database:Provider"] = "Sqlite" }
            : new Dictionary<string, string> { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = database.ConnectionString };
        return StartedInstances.StartAsync(Instances, settings, database);
    }
}
