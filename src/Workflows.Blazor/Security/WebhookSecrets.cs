using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Api;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Security;

/// <summary>Per-endpoint webhook signing secrets, encrypted at rest and shown once when created.</summary>
public sealed class WebhookSecrets(IDbContextFactory<AppDbContext> contexts, IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Workflows.WebhookSecrets.v1");

    public async Task<WebhookSecretResponse> RotateAsync(string workflowId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var endpoint = await db.WebhookEndpoints.FirstOrDefaultAsync(w => w.WorkflowId == workflowId, cancellationToken)
            ?? throw AppException.Conflict("This workflow has no active webhook trigger; activate it first.");
        var secret = "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        endpoint.ProtectedSigningSecret = _protector.Protect(secret);
        await db.SaveChangesAsync(cancellationToken);
        return new WebhookSecretResponse(endpoint.Path, secret);
    }

    public string Reveal(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
