using Workflows.Blazor.Documents;
using Workflows.Blazor.Knowledge;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions;

public static class ActionsServiceCollectionExtensions
{
    /// <summary>Every action of the app: each <see cref="IActionHandler"/> in this assembly is registered, so adding one is adding its class.</summary>
    public static IServiceCollection AddActions(this IServiceCollection services)
    {
        var handlers = typeof(ActionsServiceCollectionExtensions).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IActionHandler).IsAssignableFrom(type));
        foreach (var handler in handlers)
        {
            services.AddSingleton(typeof(IActionHandler), handler);
        }
        services.AddSingleton<Customers.CustomerCommands>();
        services.AddSingleton<Conversations.ConversationCommands>();
        services.AddSingleton<Orders.OrderCommands>();
        services.AddSingleton<Products.ProductCommands>();
        services.AddSingleton<Documents.DocumentCommands>();
        services.AddSingleton<DataEdits>();
        services.AddSingleton<SegmentMembers>();
        services.AddSingleton<KnowledgeBase>();
        services.AddSingleton<DocumentStorage>();
        return services;
    }
}
