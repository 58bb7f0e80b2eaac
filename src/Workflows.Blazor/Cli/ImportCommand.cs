using System.CommandLine;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Cli;

/// <summary><c>import FILE</c>: stores a workflow file as a new workflow draft and prints its id.</summary>
public static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The workflow JSON file." };
        var command = new Command("import", "Store a workflow file as a new workflow and print its id.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var definition = context.ReadWorkflow(parse.GetValue(file)!);
            if (definition is null)
            {
                return ExitCodes.Failed;
            }
            await context.OpenDatabaseAsync(cancellationToken);
            try
            {
                var (id, report) = await context.Services.GetRequiredService<WorkflowCommands>().ImportAsync(definition, Actor.CommandLine, cancellationToken);
                ValidateCommand.Print(context.Error, report);
                context.Output.WriteLine(id);
                return ExitCodes.Ok;
            }
            catch (AppException ex)
            {
                context.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.Failed;
            }
        });
        return command;
    }
}
