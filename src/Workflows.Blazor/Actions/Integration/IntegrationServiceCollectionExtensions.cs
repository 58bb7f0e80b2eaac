using Workflows.Blazor.Security.Outbound;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Integration;

public static class IntegrationServiceCollectionExtensions
{
    /// <summary>The <c>integration</c> actions and the SSRF-guarded HTTP client they call out with.</summary>
    public static IServiceCollection AddIntegrationActions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGuardedHttpClient(HttpRequestAction.ClientName, configuration);
        services.AddSingleton<IActionHandler, HttpRequestAction>();
        return services;
    }
}
