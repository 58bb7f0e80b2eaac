using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Workflows.Blazor.Security.Outbound;

public static class OutboundServiceCollectionExtensions
{
    /// <summary>
    /// A named <see cref="HttpClient"/> whose every connection and redirect passes the SSRF guard, with the
    /// allow-list from the <c>Outbound</c> section. The client has no timeout of its own: callers set one per request.
    /// </summary>
    public static IHttpClientBuilder AddGuardedHttpClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        services.AddOptions<OutboundOptions>().Bind(configuration.GetSection(OutboundOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboundOptions>, OutboundOptionsValidator>());
        services.TryAddSingleton(provider => OutboundAllowList.From(provider.GetRequiredService<IOptions<OutboundOptions>>().Value));
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton<OutboundGuard>();

        return services.AddHttpClient(name, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => GuardedSocketsHandler.Create(provider.GetRequiredService<OutboundGuard>()))
            .AddHttpMessageHandler(() => new RedirectFollowingHandler());
    }
}
