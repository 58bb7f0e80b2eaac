using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Security;

/// <summary>Per-endpoint webhook signing secrets, encrypted at rest and shown once when created; a rotation is audited under the workflow's name.</summary>
public sealed class WebhookSecrets(IDbContextFactory<AppDbContext> contexts, IDataProtectionProvider protection, AuditLog audit)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Workflows.WebhookSecrets.v1");

    public async Task<RotatedWebhookSecret> RotateAsync(string workflowId, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(w => w.WorkflowId == workflowId, cancellationToken)
            ?? throw AppException.Conflict("This workflow has no active webhook trigger; activate it first.");
        var secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        endpoint.ProtectedSigningSecret = _protector.Protect(secret);
        var workflow = await db.Workflows.AsNoTracking().Where(w => w.Id == workflowId).Select(w => w.Name).FirstAsync(cancellationToken);
        audit.Add(db, actor, AuditActions.WebhookSecretRotated, AuditTarget.Workflow(workflowId, workflow), endpoint.Path);
        await db.SaveChangesAsync(cancellationToken);
        return new RotatedWebhookSecret(endpoint.Path, secret);
    }

    public string Reveal(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
