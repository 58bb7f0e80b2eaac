using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Security;

/// <summary>Finds who listens at a webhook path, for the receiver: only an active workflow's endpoint counts.</summary>
public sealed class WebhookListeners(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<WebhookListener?> FindActiveAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookEndpoints.AsNoTracking()
            .Where(w => w.Path == path && db.Workflows.Any(wf => wf.Id == w.WorkflowId && wf.IsActive))
            .Select(w => new WebhookListener(w.WorkflowId, w.ProtectedSigningSecret))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
