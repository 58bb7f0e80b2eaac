using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Experiments;

public static class ExperimentsServiceCollectionExtensions
{
    /// <summary>Conversion goals: recording the runs events convert, and the workflow's stats (funnel and split paths).</summary>
    public static IServiceCollection AddExperiments(this IServiceCollection services)
    {
        services.AddSingleton<VersionGoals>();
        services.AddSingleton<ConversionCommands>();
        services.AddSingleton<IEventSubscriber, ConversionRecorder>();
        services.AddSingleton<StatsRollup>();
        services.AddSingleton<WorkflowStatsQueries>();
        services.AddSingleton<ExperimentCommands>();
        return services;
    }
}
