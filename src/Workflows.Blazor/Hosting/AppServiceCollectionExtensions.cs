using Workflows.Blazor.Actions;
using Workflows.Blazor.Actions.Integration;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Data;
using Workflows.Blazor.Demo;
using Workflows.Blazor.Experiments;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Journeys;
using Workflows.Blazor.Live;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Preview;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;
using Workflows.Blazor.Telemetry;

namespace Workflows.Blazor.Hosting;

public static class AppServiceCollectionExtensions
{
    /// <summary>Everything the web app and the command line share: engine, database, security, storage, runner, actions, AI, inbox, messaging, journeys and metrics.</summary>
    public static IServiceCollection AddWorkflowsCore(this IServiceCollection services, IConfiguration configuration)
    {
        var database = new DatabaseLocation(configuration);
        services.AddWorkflowEngine(configuration);
        services.AddData(database, DatabaseSettings.Read(configuration, database));
        services.AddLiveUpdates();
        services.AddSecurity();
        services.AddRunner(configuration);
        services.AddExperiments();
        services.AddActions();
        services.AddAi(configuration);
        services.AddInbox();
        services.AddMessaging(configuration);
        services.AddIntegrationActions(configuration);
        services.AddJourneys(configuration);
        services.AddPreviews();
        services.AddTelemetry();
        services.AddSingleton<DemoDataSeeder>();
        services.AddSingleton<DatabaseStartup>();
        return services;
    }
}
