namespace Workflows.Blazor.Data;

/// <summary>
/// <c>Database:Provider</c>: <c>Sqlite</c> (the default, the file at <c>Database:Path</c>) or <c>Postgres</c>, which
/// needs <c>Database:ConnectionString</c>. A wrong setting stops the app at start with a sentence that says what to fix.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings Read(IConfiguration configuration, DatabaseLocation location)
    {
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name) || name.Equals(nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseSettings(DatabaseProvider.Sqlite, location.ConnectionString);
        }
        if (!name.Equals(nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database:Provider is \"{name}\"; use Sqlite (the default) or Postgres.");
        }
        var connectionString = configuration["Database:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Database:Provider is Postgres but Database:ConnectionString is empty; set it, e.g. \"Host=db;Database=workflows;Username=workflows;Password=...\".");
        }
        return new DatabaseSettings(DatabaseProvider.Postgres, connectionString);
    }
}
