namespace Workflows.Blazor.Messaging;

/// <summary>SMS through the HTTP provider in the SMS settings: <c>POST {"to","body"}</c> with the auth header from the secret store.</summary>
public sealed class HttpSmsChannel(MessagingSettings settings, IHttpClientFactory clients) : IMessageChannel
{
    public const string ClientName = "sms-provider";

    public string Kind => MessageKinds.Sms;

    public string Name => "http";

    public async Task<bool> IsConfiguredAsync(CancellationToken cancellationToken) => (await settings.GetSmsAsync(cancellationToken)).ProviderConfigured;

    public async Task SendAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var sms = await settings.GetSmsAsync(cancellationToken);
        await ProviderPost.SendAsync(clients.CreateClient(ClientName), sms.ProviderUrl!, sms.AuthHeader, await settings.RevealSmsAuthAsync(cancellationToken),
            new { to = message.To, body = message.Body }, "SMS provider", cancellationToken);
    }
}
