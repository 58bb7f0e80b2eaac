using Coravel;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Experiments;

public static class ExperimentsServiceCollectionExtensions
{
    /// <summary>Conversion goals: recording the runs events convert, and the workflow's stats (funnel and split paths).</summary>
    public static IServiceCollection AddExperiments(this IServiceCollection services)
    {
        services.AddOptions<StatsSettings>().BindConfiguration(StatsSettings.Section);
        services.AddSingleton<VersionGoals>();
        services.AddSingleton<ConversionCommands>();
        services.AddSingleton<IEventSubscriber, ConversionRecorder>();
        services.AddSingleton<StatsRollup>();
        services.AddTransient<StatsFoldJob>();
        services.AddSingleton<WorkflowStatsQueries>();
        services.AddSingleton<ExperimentCommands>();
        services.AddTransient<ExperimentAutoSwitch>();
        return services;
    }

    /// <summary>
    /// Folds new runs into the stats every five seconds, and ends experiments that may switch to a winner on their own every
    /// minute. Off with the runner's tick, where the host (tests under a fake clock) runs them itself.
    /// </summary>
    public static IServiceProvider UseStatsFold(this IServiceProvider services)
    {
        if (services.GetRequiredService<IOptions<RunnerOptions>>().Value.SchedulerTick)
        {
            services.UseScheduler(scheduler =>
            {
                scheduler.Schedule<StatsFoldJob>().EveryFiveSeconds().PreventOverlapping(nameof(StatsFoldJob));
                scheduler.Schedule<ExperimentAutoSwitch>().EveryMinute().PreventOverlapping(nameof(ExperimentAutoSwitch));
            });
        }
        return services;
    }
}
