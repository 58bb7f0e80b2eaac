namespace Workflows.Blazor.Data;

/// <summary>The database the app keeps everything in: a SQLite file on this machine, or a PostgreSQL server that several instances share.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
