using System.CommandLine;
using Workflows.Blazor.Operations.PostgresCopy;

namespace Workflows.Blazor.Cli;

/// <summary>
/// <c>migrate-to-postgres --from FILE --to CONNECTION</c>: copies a SQLite installation (stopped) into an empty PostgreSQL
/// database, table by table, and checks that every table arrived whole.
/// </summary>
public static class MigrateToPostgresCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<FileInfo>("--from") { Description = "The SQLite database to copy, e.g. data/workflows.db (stop the app first).", Required = true };
        var to = new Option<string>("--to") { Description = "The connection string of an empty PostgreSQL database.", Required = true };
        var command = new Command("migrate-to-postgres", "Copy a SQLite installation into an empty PostgreSQL database, with every table's rows counted.") { from, to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(from)!.FullName;
            context.Output.WriteLine($"Copying {file} into PostgreSQL:");
            try
            {
                var complete = await new SqliteToPostgresCopy(file, parse.GetValue(to)!, context.Output).RunAsync(cancellationToken);
                if (!complete)
                {
                    context.Error.WriteLine("error: some tables hold a different number of rows in PostgreSQL (marked MISMATCH above).");
                    return ExitCodes.Failed;
                }
                context.Output.WriteLine("Done: every table holds the same rows in PostgreSQL. Set Database:Provider=Postgres and Database:ConnectionString, then start the app.");
                return ExitCodes.Ok;
            }
            catch (MigrationRefusedException ex)
            {
                context.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
