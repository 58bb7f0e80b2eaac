using Workflows.Blazor.Security.Outbound;

namespace Workflows.Blazor.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>Email, SMS and push: settings, the outbox, the SMTP and HTTP channels, and open and click tracking.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MessagingOptions>(options => options.PublicUrl = configuration["PublicUrl"] is { Length: > 0 } url ? url : options.PublicUrl);
        services.AddHttpClient(HttpSmsChannel.ClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<MessagingSettings>();
        services.AddSingleton<SmtpEmailChannel>();
        services.AddSingleton<IMessageChannel>(provider => provider.GetRequiredService<SmtpEmailChannel>());
        services.AddSingleton<IMessageChannel, HttpSmsChannel>();
        services.AddGuardedHttpClient(HttpPushChannel.ClientName, configuration);
        services.AddSingleton<IMessageChannel, HttpPushChannel>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<OutboxQueries>();
        services.AddSingleton<TrackingKeys>();
        services.AddSingleton<EmailTracking>();
        services.AddSingleton<TrackingRecorder>();
        services.AddSingleton<EmailSender>();
        services.AddSingleton<SmsSender>();
        services.AddSingleton<PushSender>();
        return services;
    }
}
