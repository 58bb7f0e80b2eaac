using Workflows.Engine.Preview;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Preview;

public static class PreviewServiceCollectionExtensions
{
    /// <summary>Previews of what a workflow or a journey would do to contacts, over the app's own actions.</summary>
    public static IServiceCollection AddPreviews(this IServiceCollection services)
    {
        services.AddSingleton(provider => new WorkflowPreviewer(
            provider.GetServices<IActionHandler>(), provider.GetRequiredService<ISecretResolver>(), provider.GetRequiredService<ExecutorOptions>()));
        services.AddSingleton(provider => new JourneyPreviewer(provider.GetRequiredService<WorkflowPreviewer>(), provider.GetRequiredService<ActionCatalog>()));
        services.AddSingleton<RecentPreviews>();
        services.AddSingleton<PreviewAudience>();
        services.AddSingleton<WorkflowPreviews>();
        services.AddSingleton<JourneyPreviews>();
        return services;
    }
}
