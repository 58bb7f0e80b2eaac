namespace Workflows.Blazor.Api;

public static class ApiEndpointRouteBuilderExtensions
{
    /// <summary>The REST API under /api (API key required) and the public webhook receiver.</summary>
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        app.MapWorkflowApi();
        app.MapWorkflowStatsApi();
        app.MapExecutionApi();
        app.MapEventApi();
        app.MapApprovalApi();
        app.MapJourneyApi();
        app.MapCatalogApi();
        app.MapWebhooks();
        return app;
    }
}
