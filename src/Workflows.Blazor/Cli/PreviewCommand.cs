using System.CommandLine;
using System.Text.Json;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Preview;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Cli;

/// <summary>
/// <c>preview (--workflow ID|NAME | --journey ID|NAME) (--segment ID [--sample N] | --contact ID ...) [--days 30]
/// [--version draft|active|current|N] [--compare N] [--approval approved|rejected] [--json]</c>: what a workflow or a journey would do
/// to contacts, through the same previews as the editor, the Journeys page and the API.
/// </summary>
public static class PreviewCommand
{
    public static Command Create(CliContext context)
    {
        var workflow = new Option<string?>("--workflow") { Description = "The workflow's id or name; give this or --journey.", HelpName = "ID|NAME" };
        var journey = new Option<string?>("--journey") { Description = "The journey's id or name (its model is asked, as in a real run).", HelpName = "ID|NAME" };
        var segment = new Option<string?>("--segment") { Description = "Preview a segment's customers (its id, e.g. seg_vip)." };
        var sample = new Option<int?>("--sample") { Description = "Preview a sample of this many of the segment's customers (or of all customers)." };
        var contacts = new Option<string[]>("--contact") { Description = "Preview these customers (their ids, emails or names); repeat or list several.", AllowMultipleArgumentsPerToken = true };
        var days = new Option<int?>("--days") { Description = $"How many days ahead to look, 1 to {PreviewLimits.MaxDays}; {PreviewLimits.DefaultDays} when left out." };
        var version = new Option<string?>("--version")
        {
            Description = "A workflow's draft (the default), active, or a version number; a journey's current version (the default) or a version number.",
        };
        var compare = new Option<string?>("--compare") { Description = "Also preview this version over the same contacts and list who gets something different." };
        var approval = new Option<string?>("--approval") { Description = "What reviewers decide when asked: approved (the default) or rejected." };
        var json = new Option<bool>("--json") { Description = "Print the whole preview as JSON, as the API answers it." };
        var command = new Command("preview", "Show what a workflow or a journey would do to contacts over the coming days, without doing any of it.")
        {
            workflow, journey, segment, sample, contacts, days, version, compare, approval, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if ((parse.GetValue(workflow) is null) == (parse.GetValue(journey) is null))
            {
                context.Error.WriteLine("error: Choose what to preview: --workflow ID|NAME or --journey ID|NAME, one of them.");
                return ExitCodes.Usage;
            }
            if (parse.GetValue(segment) is null && parse.GetValue(sample) is null && parse.GetValue(contacts) is not { Length: > 0 })
            {
                context.Error.WriteLine("error: Choose whom to preview: --segment ID (with --sample N for some of them), --sample N, or --contact ID.");
                return ExitCodes.Usage;
            }
            await context.OpenDatabaseAsync(cancellationToken);
            var request = new WorkflowPreviewRequest(
                parse.GetValue(contacts) is { Length: > 0 } ids ? ids : null,
                parse.GetValue(segment),
                parse.GetValue(sample),
                parse.GetValue(days),
                new PreviewScenarioRequest(null, parse.GetValue(approval), null),
                parse.GetValue(version),
                parse.GetValue(compare));
            var (name, result) = parse.GetValue(journey) is { } journeyIdOrName
                ? await PreviewJourneyAsync(context.Services, journeyIdOrName, request, cancellationToken)
                : await PreviewWorkflowAsync(context.Services, parse.GetValue(workflow)!, request, cancellationToken);
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

    private static async Task<(string Name, WorkflowPreviewResult Result)> PreviewWorkflowAsync(
        IServiceProvider services, string idOrName, WorkflowPreviewRequest request, CancellationToken cancellationToken)
    {
        var (id, name) = await services.GetRequiredService<WorkflowStore>().FindAsync(idOrName, cancellationToken);
        return (name, await services.GetRequiredService<WorkflowPreviews>().PreviewAsync(id, request, cancellationToken));
    }

    private static async Task<(string Name, WorkflowPreviewResult Result)> PreviewJourneyAsync(
        IServiceProvider services, string idOrName, WorkflowPreviewRequest request, CancellationToken cancellationToken)
    {
        var (id, name) = await services.GetRequiredService<JourneyQueries>().FindAsync(idOrName, cancellationToken);
        return (name, await services.GetRequiredService<JourneyPreviews>().PreviewAsync(id, request, cancellationToken));
    }
}
