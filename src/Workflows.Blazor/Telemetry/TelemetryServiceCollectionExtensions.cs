namespace Workflows.Blazor.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The instruments every part of the app records into, in the web app and the command line alike.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<WorkflowMetrics>();
        return services;
    }
}
