using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Documents;

namespace Workflows.Blazor.Actions.Documents;

/// <summary>The only writer of documents (actions and the Data page alike): the file goes to disk, its metadata to the database.</summary>
public sealed class DocumentCommands(IDbContextFactory<AppDbContext> contexts, DocumentStorage storage, TimeProvider time)
{
    /// <summary>Stores a document; given the key of a step that stored one already, gives that one and stores nothing.</summary>
    public Task<DocumentEntity> CreateAsync(
        string name, string contentType, string? sourceProvider, JsonObject? metadata, byte[] content, string? idempotencyKey = null,
        CancellationToken cancellationToken = default) =>
        KeyedRecords.CreateOnceAsync(contexts, idempotencyKey, db => db.Documents, async db =>
        {
            var now = time.GetUtcNow();
            var document = new DocumentEntity
            {
                Id = Ids.Short("doc"),
                Name = name,
                ContentType = contentType,
                StoragePath = "",
                SizeBytes = content.Length,
                SourceProvider = sourceProvider,
                MetadataJson = metadata?.ToJsonString() ?? "{}",
                CreatedAt = now,
                UpdatedAt = now,
                IdempotencyKey = idempotencyKey,
            };
            document.StoragePath = await storage.SaveAsync(document.Id, content, cancellationToken);
            db.Documents.Add(document);
            await db.SaveChangesAsync(cancellationToken);
            return document;
        }, cancellationToken);

    /// <summary>Applies <paramref name="change"/> to the document's metadata and commits it.</summary>
    public async Task<DocumentEntity> UpdateAsync(string documentId, Action<DocumentEntity> change, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await EntityLookup.RequireAsync(db.Documents, documentId, "document", cancellationToken);
        change(document);
        document.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }
}
