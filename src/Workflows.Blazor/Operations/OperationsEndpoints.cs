using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Workflows.Blazor.Operations.Health;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Operations;

public static class OperationsEndpoints
{
    /// <summary>
    /// <c>/health/live</c> (the process answers) and <c>/health/ready</c> (database, scheduler, workers, outbox and disk
    /// are well) for monitors, which carry no sign-in; <c>/metrics</c> for Prometheus, with an API key or an admin's
    /// sign-in. All are rate limited per client like the app's other public addresses.
    /// </summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(OperationsServiceCollectionExtensions.ReadyTag), ResponseWriter = HealthJson.WriteAsync })
            .AllowAnonymous();
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(Policies.Admin);
        return app;
    }
}
