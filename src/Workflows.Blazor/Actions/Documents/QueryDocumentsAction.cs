using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Actions.Json;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Documents;

public sealed class QueryDocumentsAction(IDbContextFactory<AppDbContext> contexts) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("document.query", "Documents and knowledge", "Searches documents by name or source provider.",
        [
            ActionParameter.Optional("sourceProvider", ParameterType.String, "where they came from"),
            ActionParameter.Optional("query", ParameterType.String, "text in the name"),
            ActionParameter.Optional("limit", ParameterType.Number, "how many at most (default 20, up to 200)"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Search documents",
        Synonyms = ["find documents", "list documents", "files"],
        Outputs = OutputShapes.Page("documents", "Documents", OutputShapes.Document),
        Aliases = ["document_query", "document_search", "document.search"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = db.Documents.AsNoTracking();
        if (invocation.GetString("sourceProvider") is { Length: > 0 } source)
        {
            documents = documents.Where(d => d.SourceProvider == source);
        }
        if (invocation.GetString("query") is { Length: > 0 } text)
        {
            documents = documents.Where(TextSearch.Contains<DocumentEntity>(db, text, d => d.Name));
        }
        var page = await documents.OrderByDescending(d => d.CreatedAt).Take(invocation.GetInt("limit", 20, 1, 200)).ToListAsync(cancellationToken);
        return new ActionResult(new JsonObject
        {
            ["documents"] = new JsonArray(page.Select(d => (JsonNode)DocumentJson.ToJson(d)).ToArray()),
            ["total"] = await documents.CountAsync(cancellationToken),
        });
    }
}
