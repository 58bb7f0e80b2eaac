namespace Workflows.Blazor.Inbox;

public static class InboxServiceCollectionExtensions
{
    /// <summary>The reviewers' inbox: reading items, and the one service that changes them.</summary>
    public static IServiceCollection AddInbox(this IServiceCollection services)
    {
        services.AddSingleton<ApprovalQueries>();
        services.AddSingleton<ApprovalCommands>();
        return services;
    }
}
