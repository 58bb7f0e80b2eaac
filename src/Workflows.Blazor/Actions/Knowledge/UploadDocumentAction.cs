using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Documents;
using Workflows.Blazor.Knowledge;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Knowledge;

/// <summary>Indexes a stored text document in the knowledge base.</summary>
public sealed class UploadDocumentAction(IDbContextFactory<AppDbContext> contexts, DocumentStorage storage, KnowledgeBase knowledge) : IActionHandler
{
    private static readonly string[] TextTypes = ["text/", "application/json", "application/xml"];

    public ActionDeclaration Declaration { get; } = new("rag.upload_document", "Documents and knowledge", "Adds a stored document to the knowledge base.",
        [ActionParameter.Mandatory("documentId", ParameterType.String, "the document's id")])
    {
        Effect = Effect.WritesData,
        Label = "Add document to knowledge base",
        Synonyms = ["teach ai", "knowledge", "rag"],
        Outputs = [Text("sourceId", "Source ID", "doc_7"), Number("chunks", "Passages stored", "12")],
        Aliases = ["rag_upload_document", "knowledge.upload_document"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await EntityLookup.RequireAsync(db.Documents, invocation.RequireString("documentId"), "document", cancellationToken);
        if (!TextTypes.Any(type => document.ContentType.StartsWith(type, StringComparison.OrdinalIgnoreCase)))
        {
            throw new StepFailedException($"'{document.Name}' is {document.ContentType}; only text documents can be indexed.");
        }
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(storage.PathOf(document.StoragePath), cancellationToken));
        var chunks = await knowledge.AddTextAsync(document.Id, document.Name, text, cancellationToken);
        return new ActionResult(new JsonObject { ["sourceId"] = document.Id, ["chunks"] = chunks });
    }
}
