namespace Workflows.Blazor.Components.Layout;

public static class ShellServiceCollectionExtensions
{
    /// <summary>The app frame's services: the command palette's catalogue, the open page's commands and its wish for room.</summary>
    public static IServiceCollection AddShell(this IServiceCollection services)
    {
        services.AddScoped<PageCommands>();
        services.AddScoped<CommandCatalog>();
        services.AddScoped<ShellRoom>();
        return services;
    }
}
