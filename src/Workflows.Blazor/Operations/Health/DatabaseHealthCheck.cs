using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflows.Blazor.Data;

namespace Workflows.Blazor.Operations.Health;

/// <summary>The database answers and every update of its layout that this version brings is applied.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<AppDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The database does not answer.");
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy("The database answers and is up to date.")
            : new HealthCheckResult(context.Registration.FailureStatus, $"The database answers but {pending} update(s) of its layout are not applied; restart the app to apply them.");
    }
}
