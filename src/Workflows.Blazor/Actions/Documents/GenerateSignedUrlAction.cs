using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Documents;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Model.DataField;

namespace Workflows.Blazor.Actions.Documents;

/// <summary>A download link to a document that expires, for emails and chats.</summary>
public sealed class GenerateSignedUrlAction(IDbContextFactory<AppDbContext> contexts, DocumentStorage storage, TimeProvider time) : IActionHandler
{
    public ActionDeclaration Declaration { get; } = new("document.generate_signed_url", "Documents and knowledge", "Gets a temporary download link for a document.",
        [
            ActionParameter.Mandatory("documentId", ParameterType.String, "the document's id"),
            ActionParameter.Optional("expiresInMinutes", ParameterType.Number, "how long the link works (default 60, up to 10080 = 7 days)"),
        ])
    {
        Effect = Effect.ReadsData,
        Label = "Get download link",
        Synonyms = ["share link", "signed url", "document link"],
        Outputs = [Text("documentId", "Document ID", "doc_7"), Text("url", "Download link", "https://example.com/files/doc_7?sig=…"), Date("expiresAt", "Link expires", "2026-11-02T11:15:00Z")],
        Aliases = ["document_generate_signed_url"],
    };

    public async Task<ActionResult> ExecuteAsync(ActionInvocation invocation, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await EntityLookup.RequireAsync(db.Documents, invocation.RequireString("documentId"), "document", cancellationToken);
        var expiresAt = time.GetUtcNow().AddMinutes(invocation.GetInt("expiresInMinutes", 60, 1, 10_080));
        return new ActionResult(new JsonObject
        {
            ["documentId"] = document.Id,
            ["url"] = storage.SignedUrl(document.Id, expiresAt),
            ["expiresAt"] = expiresAt.ToString("O"),
        });
    }
}
