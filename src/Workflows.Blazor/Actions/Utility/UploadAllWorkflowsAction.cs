using static Workflows.Engine.Model.DataField;
using System.Text.Json.Nodes;
using Workflows.Blazor.Store;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Utility;

/// <summary>
/// The guide's <c>workflow.upload_all_workflows</c>: imports each workflow file of the admin's upload folder as a new
/// draft, checked like any import, and reports each file: imported (with the problems to fix before publishing) or refused, and why.
/// </summary>
/// <remarks>Workflow commands are resolved when the action runs: importing validates, and validation needs the catalogue of actions, this one included.</remarks>
public sealed class UploadAllWorkflowsAction(IServiceProvider services, IConfiguration configuration) : IActionHandler
{
    /// <summary>The same limit as a workflow sent to the API.</summary>
    private const long MaxFileBytes = 2 * 1024 * 1024;

    public ActionDeclaration Declaration { get; } = new("workflow.upload_all_workflows", "Workflows",
        "Imports, as drafts, every workflow file in the folder an administrator chose, and reports each file.", [])
    {
        Effect = Effect.WritesData,
        Label = "Import workflows from folder",
        Synonyms = ["upload workflows", "import workflows", "bulk import", "load workflows"],
        Outputs =
        [
            Number("imported", "Imported", "3"),
            Number("refused", "Refused", "1"),
            List("files", "Files",
            [
                Text("file", "File", "welcome.json"),
                Text("status", "Result", "imported"),
                Text("workflowId", "Workflow ID", "wf_8f2c"),
                Text("name", "Workflow", "Welcome series"),
                Number("problems", "Problems to fix", "0"),
                Text("reason", "Why it was refused", "Not valid JSON"),
            ]),
        ],
        Aliases = ["upload_all_workflows"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var folder = UploadFolder.Require(configuration);
        var commands = services.GetRequiredService<WorkflowCommands>();
        var actor = $"Workflow run {invocation.Context.State.ExecutionId}";
        var files = new JsonArray();
        foreach (var file in UploadFolder.Files(folder).Take(UploadFolder.MaxFiles))
        {
            files.Add(await ImportAsync(commands, folder, file, actor, cancellationToken));
        }
        return new ActionResult(new JsonObject
        {
            ["imported"] = files.Count(f => f!["status"]!.GetValue<string>() == "imported"),
            ["refused"] = files.Count(f => f!["status"]!.GetValue<string>() == "refused"),
            ["files"] = files,
        });
    }

    private static async Task<JsonObject> ImportAsync(WorkflowCommands commands, string folder, FileInfo file, string actor, CancellationToken cancellationToken)
    {
        if (UploadFolder.Refusal(folder, file, MaxFileBytes) is { } refusal)
        {
            return Refused(file, refusal);
        }
        try
        {
            var definition = WorkflowJson.Parse(await File.ReadAllTextAsync(file.FullName, cancellationToken));
            var (id, report) = await commands.ImportAsync(definition, actor, cancellationToken);
            return new JsonObject
            {
                ["file"] = file.Name, ["status"] = "imported", ["workflowId"] = id, ["name"] = definition.Name, ["problems"] = report.Errors.Count(),
            };
        }
        catch (WorkflowFormatException ex)
        {
            return Refused(file, $"it is not a workflow: {ex.Reason} (at {ex.Path}).");
        }
        catch (AppException ex)
        {
            return Refused(file, ex.Message);
        }
    }

    private static JsonObject Refused(FileInfo file, string reason) => new() { ["file"] = file.Name, ["status"] = "refused", ["reason"] = reason };
}
