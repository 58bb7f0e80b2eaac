using Workflows.Blazor.Runner;
using Workflows.Blazor.Security.Outbound;

namespace Workflows.Blazor.Journeys;

public static class JourneysServiceCollectionExtensions
{
    /// <summary>Adaptive journeys: definitions, the model that decides, the runner, and their part of the tick and the event intake.</summary>
    public static IServiceCollection AddJourneys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGuardedHttpClient(JourneySubscriberDelivery.ClientName, configuration);
        services.AddSingleton<JourneySubscriberDelivery>();
        services.AddSingleton<IEventSubscriber, JourneySubscriberWebhooks>();
        services.AddSingleton<IDueWork, JourneySubscriberRetries>();
        services.AddSingleton<JourneyStore>();
        services.AddSingleton<JourneyQueries>();
        services.AddSingleton<JourneyStatsQueries>();
        services.AddSingleton<IEventSubscriber, JourneyConversions>();
        services.AddSingleton<JourneyNews>();
        services.AddSingleton<JourneyDecider>();
        services.AddSingleton<JourneyActionExecutor>();
        services.AddSingleton<JourneyLeases>();
        services.AddSingleton<JourneyStepRunner>();
        services.AddSingleton<JourneyDecisions>();
        services.AddSingleton<JourneyRunner>();
        services.AddSingleton<JourneyLocker>();
        services.AddSingleton<LockedJourneyStarter>();
        services.AddSingleton<JourneyEnrolment>();
        services.AddSingleton<JourneySegmentAudience>();
        services.AddSingleton<JourneyEvalRunner>();
        services.AddSingleton<JourneyEvalJob>();
        services.AddSingleton<IEventSubscriber, JourneyEventIntake>();
        services.AddSingleton<IDueWork, JourneyDueWork>();
        services.AddSingleton<IDueWork, JourneySegmentWork>();
        services.AddSingleton<JourneyDecisionSignal>();
        services.AddSingleton<JourneyApprovalSignal>();
        services.AddSingleton<Inbox.IApprovalWaiter>(provider => provider.GetRequiredService<JourneyApprovalSignal>());
        services.AddHostedService<JourneyApprovalWorker>();
        services.AddHostedService<JourneyDecisionWorker>();
        return services;
    }
}
