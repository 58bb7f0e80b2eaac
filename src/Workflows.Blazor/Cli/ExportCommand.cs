using System.CommandLine;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Cli;

/// <summary><c>export ID [--version N]</c>: prints a stored workflow as JSON (its draft, or a published version).</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The workflow id." };
        var version = new Option<int?>("--version") { Description = "A published version; the draft when left out." };
        var command = new Command("export", "Print a stored workflow as JSON.") { id, version };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await context.OpenDatabaseAsync(cancellationToken);
            var store = context.Services.GetRequiredService<WorkflowStore>();
            try
            {
                var workflowId = parse.GetValue(id)!;
                var definition = parse.GetValue(version) is { } number
                    ? (await store.GetVersionAsync(workflowId, number, cancellationToken)).Definition
                    : await store.GetDraftAsync(workflowId, cancellationToken);
                context.Output.WriteLine(WorkflowJson.Serialize(definition));
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
