using System.CommandLine;
using System.Text.Json;
using Workflows.Blazor.Preview;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Cli;

/// <summary>
/// <c>preview --workflow ID|NAME (--segment ID [--sample N] | --contact ID ...) [--days 30] [--version draft|active|N] [--compare N]
/// [--approval approved|rejected] [--json]</c>: what a workflow would do to contacts, through the same previews as the editor and the API.
/// </summary>
public static class PreviewCommand
{
    public static Command Create(CliContext context)
    {
        var workflow = new Option<string>("--workflow") { Description = "The workflow's id or name.", Required = true };
        var segment = new Option<string?>("--segment") { Description = "Preview a segment's customers (its id, e.g. seg_vip)." };
        var sample = new Option<int?>("--sample") { Description = "Preview a sample of this many of the segment's customers (or of all customers)." };
        var contacts = new Option<string[]>("--contact") { Description = "Preview these customers (their ids, emails or names); repeat or list several.", AllowMultipleArgumentsPerToken = true };
        var days = new Option<int?>("--days") { Description = $"How many days ahead to look, 1 to {PreviewLimits.MaxDays}; {PreviewLimits.DefaultDays} when left out." };
        var version = new Option<string?>("--version") { Description = "draft (the default), active, or a version number." };
        var compare = new Option<string?>("--compare") { Description = "Also preview this version over the same contacts and list who gets something different." };
        var approval = new Option<string?>("--approval") { Description = "What reviewers decide when asked: approved (the default) or rejected." };
        var json = new Option<bool>("--json") { Description = "Print the whole preview as JSON, as the API answers it." };
        var command = new Command("preview", "Show what a workflow would do to contacts over the coming days, without doing any of it.")
        {
            workflow, segment, sample, contacts, days, version, compare, approval, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(segment) is null && parse.GetValue(sample) is null && parse.GetValue(contacts) is not { Length: > 0 })
            {
                context.Error.WriteLine("error: Choose whom to preview: --segment ID (with --sample N for some of them), --sample N, or --contact ID.");
                return ExitCodes.Usage;
            }
            await context.OpenDatabaseAsync(cancellationToken);
            var (workflowId, name) = await context.Services.GetRequiredService<WorkflowStore>().FindAsync(parse.GetValue(workflow)!, cancellationToken);
            var request = new WorkflowPreviewRequest(
                parse.GetValue(contacts) is { Length: > 0 } ids ? ids : null,
                parse.GetValue(segment),
                parse.GetValue(sample),
                parse.GetValue(days),
                new PreviewScenarioRequest(null, parse.GetValue(approval), null),
                parse.GetValue(version),
                parse.GetValue(compare));
            var result = await context.Services.GetRequiredService<WorkflowPreviews>().PreviewAsync(workflowId, request, cancellationToken);
            if (parse.GetValue(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(result, PreviewJson.Options));
            }
            else
            {
                PreviewText.Write(context.Output, name, result);
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
