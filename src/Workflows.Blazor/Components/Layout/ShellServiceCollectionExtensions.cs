namespace Workflows.Blazor.Components.Layout;

public static class ShellServiceCollectionExtensions
{
    /// <summary>The app frame's services: the command palette's catalogue and the open page's commands.</summary>
    public static IServiceCollection AddShell(this IServiceCollection services)
    {
        services.AddScoped<PageCommands>();
        services.AddScoped<CommandCatalog>();
        return services;
    }
}
