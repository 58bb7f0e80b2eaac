using Coravel;
using Microsoft.Extensions.Options;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Store;

namespace Workflows.Blazor.Runner;

public static class RunnerServiceCollectionExtensions
{
    /// <summary>Workflow storage, the dispatcher and its workers, and the every-second scheduler tick.</summary>
    public static IServiceCollection AddRunner(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RunnerOptions>(configuration.GetSection("Runner"));
        services.Configure<WebhookOptions>(configuration.GetSection("Webhooks"));
        services.AddSingleton<DefinitionCache>();
        services.AddSingleton<VersionToRunCache>();
        services.AddSingleton<WorkflowStore>();
        services.AddSingleton<WorkflowCommands>();
        services.AddSingleton<StoreQueries>();
        services.AddSingleton<RunnerPulse>();
        services.AddSingleton<CustomerLoyalty>();
        services.AddSingleton<ExecutionDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<ExecutionDispatcher>());
        services.AddSingleton<IWaitingRuns, WaitingRuns>();
        services.AddSingleton<RunStateSerializer>();
        services.AddSingleton<DbExecutionJournal>();
        services.AddSingleton<NewRunWriter>();
        services.AddSingleton<ExecutionStarter>();
        services.AddSingleton<ExecutionCommands>();
        services.AddSingleton<ExecutionActions>();
        services.AddSingleton<ExecutionQueries>();
        services.AddSingleton<EventPublisher>();
        services.AddSingleton<IDomainEvents, DomainEventPublisher>();
        services.AddSingleton<EventOutbox>();
        services.AddHostedService<EventOutboxWorker>();
        services.AddSingleton<WebhookDeliveries>();
        services.AddSingleton<DueWorkProcessor>();
        services.AddSingleton<IDueTimers>(provider => provider.GetRequiredService<DueWorkProcessor>());
        services.AddSingleton<TimerAlarm>();
        services.AddHostedService<TimerWaker>();
        services.AddSingleton<InstanceLeases>();
        services.AddHostedService<InstanceHeartbeat>();
        services.AddHostedService<RemoteCancels>();
        services.AddSingleton<ExecutionRecovery>();
        services.AddScoped<ExecutionWorker>();
        services.AddTransient<DueWorkJob>();
        services.AddSingleton<ExecutionPruner>();
        services.AddTransient<RetentionJob>();
        services.AddScheduler();
        return services;
    }

    public static IServiceProvider UseRunnerSchedule(this IServiceProvider services)
    {
        var tick = services.GetRequiredService<IOptions<RunnerOptions>>().Value.SchedulerTick;
        services.UseScheduler(scheduler =>
        {
            if (tick)
            {
                scheduler.Schedule<DueWorkJob>().EverySecond().PreventOverlapping(nameof(DueWorkJob));
            }
            scheduler.Schedule<RetentionJob>().Hourly().PreventOverlapping(nameof(RetentionJob));
        });
        return services;
    }
}
