using System.CommandLine;
using Workflows.Blazor.Operations.Backups;

namespace Workflows.Blazor.Cli;

/// <summary><c>backup --to FILE</c>: a consistent copy of the database and its encryption keys, taken while the app keeps running.</summary>
public static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var to = new Option<FileInfo>("--to") { Description = "The backup file to write (a .zip).", Required = true };
        var command = new Command("backup", "Back up the database and its encryption keys into one file, while the app runs.") { to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await context.Services.GetRequiredService<DatabaseBackup>().CreateAsync(parse.GetValue(to)!.FullName, null, cancellationToken);
            if (!result.Succeeded)
            {
                context.Error.WriteLine($"error: {result.Error}");
                return ExitCodes.Failed;
            }
            context.Output.WriteLine($"Backed up to {result.File} ({result.Size:N0} bytes).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
