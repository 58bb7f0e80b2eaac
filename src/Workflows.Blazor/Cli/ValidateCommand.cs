using System.CommandLine;
using System.Globalization;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Cli;

/// <summary><c>validate FILE</c>: prints every finding with its severity, code and step.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "The workflow JSON file." };
        var command = new Command("validate", "Check a workflow file and list every problem.") { file };
        command.SetAction(parse =>
        {
            var definition = context.ReadWorkflow(parse.GetValue(file)!);
            if (definition is null)
            {
                return ExitCodes.Failed;
            }
            var report = context.Services.GetRequiredService<WorkflowValidator>().Validate(definition);
            Print(context.Output, report);
            return report.IsValid ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    public static void Print(TextWriter output, ValidationReport report)
    {
        foreach (var finding in report.Findings)
        {
            output.WriteLine(finding);
        }
        output.WriteLine($"{report.Errors.Count()} error(s), {report.Warnings.Count()} warning(s), {report.Suggestions.Count()} suggestion(s)");
        if (report.NextFireTimes.Count > 0)
        {
            output.WriteLine($"Next runs (UTC): {string.Join(", ", report.NextFireTimes.Select(t => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))}");
        }
    }
}
