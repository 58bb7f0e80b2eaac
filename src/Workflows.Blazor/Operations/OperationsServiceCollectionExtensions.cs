using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using Workflows.Blazor.Operations.Health;
using Workflows.Blazor.Operations.Status;
using Workflows.Blazor.Telemetry;

namespace Workflows.Blazor.Operations;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>Tag of the checks <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// What the people who host the app watch it with: the health checks, the backlog, the Prometheus export of the
    /// metrics, and the System page's figures and last hours of metrics.
    /// </summary>
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddSingleton<IBacklogReader, BacklogQueries>();
        services.AddSingleton<SystemQueries>();
        services.AddOptions<SystemPageSettings>().BindConfiguration(SystemPageSettings.Section);
        services.AddSingleton<MetricsHistory>();
        services.AddHostedService<MetricsSampler>();
        services.AddOptions<HealthSettings>().BindConfiguration(HealthSettings.Section);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            .AddCheck<SchedulerHealthCheck>("scheduler", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            .AddCheck<WorkerPoolHealthCheck>("workers", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            // Messages that wait do not stop the app from working: it is degraded, still ready.
            .AddCheck<OutboxHealthCheck>("outbox", HealthStatus.Degraded, [ReadyTag], CheckTimeout)
            .AddCheck<DiskSpaceHealthCheck>("disk", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout);
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(WorkflowMetrics.MeterName).AddPrometheusExporter());
        return services;
    }
}
