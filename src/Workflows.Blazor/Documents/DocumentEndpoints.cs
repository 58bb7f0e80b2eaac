using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Documents;

public static class DocumentEndpoints
{
    /// <summary><c>GET /documents/{id}?expires=&amp;signature=</c>: the file behind a signed link, until the link expires.</summary>
    public static RouteHandlerBuilder MapDocumentDownloads(this IEndpointRouteBuilder app) =>
        app.MapGet("/documents/{id}", async (string id, long expires, string? signature, DocumentStorage storage,
            IDbContextFactory<AppDbContext> contexts, TimeProvider time, CancellationToken ct) =>
        {
            if (!storage.IsValid(id, expires, signature, time.GetUtcNow()))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Link expired or invalid",
                    detail: "Ask for a new link to this document.");
            }
            await using var db = await contexts.CreateDbContextAsync(ct);
            var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
            var path = document is null ? null : storage.PathOf(document.StoragePath);
            if (document is null || !File.Exists(path))
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found");
            }
            return Results.File(path, document.ContentType, document.Name);
        }).WithTags("Documents").AllowAnonymous();
}
