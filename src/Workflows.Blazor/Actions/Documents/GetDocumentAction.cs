using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Documents;

public sealed class GetDocumentAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("document.get_by_id", "Documents and knowledge", "Gets a document's details.",
        [ActionParameter.Mandatory("documentId", ParameterType.String, "the document's id")])
    {
        Effect = Effect.ReadsData,
        Label = "Get document",
        Synonyms = ["find document", "file"],
        Outputs = OutputShapes.Document,
        Aliases = ["document_get", "document.get"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new ActionResult(DocumentJson.ToJson(await EntityLookup.RequireAsync(db.Documents, invocation.RequireString("documentId"), "document", cancellationToken)));
    }
}
