using System.CommandLine;
using Workflows.Blazor.Operations.Backups;

namespace Workflows.Blazor.Cli;

/// <summary><c>restore --from FILE [--data DIR]</c>: puts a backup back into a data folder no running app uses.</summary>
public static class RestoreCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<FileInfo>("--from") { Description = "The backup file to restore.", Required = true };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The data folder to restore into; the configured database's folder when left out." };
        var command = new Command("restore", "Restore a backup into a data folder (the app must not be running on it).") { from, data };
        command.SetAction(parse =>
        {
            try
            {
                var result = context.Services.GetRequiredService<DatabaseRestore>().Restore(parse.GetValue(from)!.FullName, parse.GetValue(data)?.FullName);
                context.Output.WriteLine($"Restored the backup of {result.Backup.CreatedAt:u} (version {result.Backup.AppVersion}, {result.Backup.Keys} encryption key(s)) into {result.DatabaseFile}.");
                if (result.ReplacedKeptAs is { } kept)
                {
                    context.Output.WriteLine($"The database that was there is kept as {kept}.");
                }
                context.Output.WriteLine("Start the app on this folder; it brings an older backup up to date by itself.");
                return ExitCodes.Ok;
            }
            catch (BackupException ex)
            {
                context.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
