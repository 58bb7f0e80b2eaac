using System.CommandLine;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Cli;

/// <summary><c>mermaid FILE</c>: prints the workflow as a Mermaid flowchart.</summary>
public static class MermaidCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The workflow JSON file." };
        var command = new Command("mermaid", "Print a workflow as a Mermaid flowchart.") { file };
        command.SetAction(parse =>
        {
            var definition = context.ReadWorkflow(parse.GetValue(file)!);
            if (definition is null)
            {
                return ExitCodes.Failed;
            }
            context.Output.Write(MermaidWriter.Write(definition, context.Services.GetRequiredService<ActionCatalog>()));
            return ExitCodes.Ok;
        });
        return command;
    }
}
