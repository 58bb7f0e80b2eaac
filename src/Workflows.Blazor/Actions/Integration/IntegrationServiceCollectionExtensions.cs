using Workflows.Blazor.Security.Outbound;

namespace Workflows.Blazor.Actions.Integration;

public static class IntegrationServiceCollectionExtensions
{
    /// <summary>The SSRF-guarded HTTP client the <c>integration</c> actions call out with (the actions themselves are found by <c>AddActions</c>).</summary>
    public static IServiceCollection AddIntegrationActions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGuardedHttpClient(HttpRequestAction.ClientName, configuration);
        return services;
    }
}
