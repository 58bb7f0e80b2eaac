using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions.Documents;

internal static class DocumentLookup
{
    public static async Task<DocumentEntity> RequireAsync(AppDbContext db, string documentId, CancellationToken cancellationToken) =>
        await db.Documents.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken)
            ?? throw new StepFailedException($"There is no document '{documentId}'.");
}
