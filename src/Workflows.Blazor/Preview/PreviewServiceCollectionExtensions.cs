using Workflows.Engine.Preview;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Preview;

public static class PreviewServiceCollectionExtensions
{
    /// <summary>Previews of what a workflow would do to contacts, over the app's own actions.</summary>
    public static IServiceCollection AddPreviews(this IServiceCollection services)
    {
        services.AddSingleton(provider => new WorkflowPreviewer(
            provider.GetServices<IActionHandler>(), provider.GetRequiredService<ISecretResolver>(), provider.GetRequiredService<ExecutorOptions>()));
        services.AddSingleton<RecentPreviews>();
        services.AddSingleton<WorkflowPreviews>();
        return services;
    }
}
