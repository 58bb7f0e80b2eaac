namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// A test that needs a PostgreSQL server. Without one (a plain dotnet test) it is reported as skipped, with the reason;
/// tests/run.sh runs it in its PostgreSQL pass: list the class in tests/postgres/classes.txt and give it the trait
/// Needs=Postgres, which keeps it out of the SQLite pass.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(PostgresTestDatabase.ServerVariable) is not { Length: > 0 })
        {
            Skip = $"needs PostgreSQL: set {PostgresTestDatabase.ServerVariable}, as tests/run.sh does for the classes in tests/postgres/classes.txt";
        }
    }
}
