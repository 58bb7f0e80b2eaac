namespace Workflows.Blazor.Inbox;

public static class InboxServiceCollectionExtensions
{
    /// <summary>The reviewers' inbox: reading items and deciding them.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<ApprovalQueries>();
        services.AddSingleton<ApprovalDecisions>();
        return services;
    }
}
