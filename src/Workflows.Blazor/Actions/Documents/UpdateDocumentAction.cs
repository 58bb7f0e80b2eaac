using Workflows.Blazor.Actions.Json;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Documents;

public sealed class UpdateDocumentAction(DocumentCommands documents) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("document.update", "Documents and knowledge", "Renames a document or changes its metadata.",
        [
            ActionParameter.Mandatory("documentId", ParameterType.String, "the document's id"),
            ActionParameter.Optional("name", ParameterType.String, "a new file name"),
            ActionParameter.Optional("sourceProvider", ParameterType.String, "where it came from"),
            ActionParameter.Optional("metadata", ParameterType.Object, "fields to add to or change in its metadata"),
        ])
    {
        Effect = Effect.WritesData,
        Label = "Update document",
        Synonyms = ["rename document", "edit document"],
        Outputs = OutputShapes.Document,
        Aliases = ["document_update"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken) =>
        new(DocumentJson.ToJson(await documents.UpdateAsync(invocation.RequireString("documentId"), document =>
        {
            document.Name = invocation.GetString("name") is { Length: > 0 } name ? name : document.Name;
            document.SourceProvider = invocation.GetString("sourceProvider") ?? document.SourceProvider;
            if (invocation.GetObject("metadata") is { } changes)
            {
                var metadata = JsonStore.Object(document.MetadataJson);
                foreach (var (key, value) in changes)
                {
                    metadata[key] = value?.DeepClone();
                }
                document.MetadataJson = metadata.ToJsonString();
            }
        }, cancellationToken)));
}
