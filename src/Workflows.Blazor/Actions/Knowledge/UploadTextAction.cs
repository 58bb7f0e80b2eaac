using System.Text.Json.Nodes;
using Workflows.Blazor.Knowledge;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Knowledge;

/// <summary>Adds text to the knowledge base, cut into passages; uploading the same source again replaces it.</summary>
public sealed class UploadTextAction(KnowledgeBase knowledge) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("rag.upload_text", "Documents and knowledge", "Adds text to the knowledge base the AI searches.",
        [
            ActionParameter.Mandatory("title", ParameterType.String, "a title for the text"),
            ActionParameter.Mandatory("text", ParameterType.String, "the text") with { Multiline = true },
            ActionParameter.Optional("sourceId", ParameterType.String, "an id of your own; uploading it again replaces the text"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Add text to knowledge base",
        Synonyms = ["teach ai", "knowledge", "rag"],
        Outputs = [Text("sourceId", "Source ID", "kb_4"), Number("chunks", "Passages stored", "3")],
        Aliases = ["rag_upload_text", "knowledge.upload_text"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        var sourceId = invocation.GetString("sourceId") ?? Ids.Short("text");
        var chunks = await knowledge.AddTextAsync(sourceId, invocation.RequireString("title"), invocation.RequireString("text"), cancellationToken);
        return new ActionResult(new JsonObject { ["sourceId"] = sourceId, ["chunks"] = chunks });
    }
}
