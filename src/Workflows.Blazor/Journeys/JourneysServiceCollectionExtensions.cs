using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Journeys;

public static class JourneysServiceCollectionExtensions
{
    /// <summary>Adaptive journeys: definitions, the model that decides, the runner, and their part of the tick and the event intake.</summary>
    public static IServiceCollection AddJourneys(this IServiceCollection services)
    {
        services.AddSingleton<JourneyStore>();
        services.AddSingleton<JourneyQueries>();
        services.AddSingleton<JourneyDecider>();
        services.AddSingleton<JourneyActionExecutor>();
        services.AddSingleton<JourneyRunner>();
        services.AddSingleton<JourneyLocker>();
        services.AddSingleton<JourneyEvalRunner>();
        services.AddSingleton<JourneyEvalJob>();
        services.AddSingleton<IEventSubscriber>(provider => provider.GetRequiredService<JourneyRunner>());
        services.AddSingleton<IDueWork, JourneyDueWork>();
        return services;
    }
}
