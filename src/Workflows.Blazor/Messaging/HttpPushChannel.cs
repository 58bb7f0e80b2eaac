using Workflows.Blazor.Security.Outbound;

namespace Workflows.Blazor.Messaging;

/// <summary>
/// Push notifications through the HTTP provider in the push settings: <c>POST {"to","title","body","messageId"}</c> with
/// the auth header from the secret store, over the SSRF-guarded client (the provider URL is typed by an admin, but may
/// still point inside the network).
/// </summary>
public sealed class HttpPushChannel(MessagingSettings settings, IHttpClientFactory clients) : IMessageChannel
{
    public const string ClientName = "push-provider";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public string Kind => MessageKinds.Push;

    public string Name => "http";

    public async Task<bool> IsConfiguredAsync(CancellationToken cancellationToken) => (await settings.GetPushAsync(cancellationToken)).ProviderConfigured;

    public async Task SendAsync(string messageId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var push = await settings.GetPushAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await ProviderPost.SendAsync(clients.CreateClient(ClientName), push.ProviderUrl!, push.AuthHeader, await settings.RevealPushAuthAsync(cancellationToken),
                new { to = message.To, title = message.Subject, body = message.Body, messageId }, "push provider", timeout.Token);
        }
        catch (OutboundRefusedException refused)
        {
            throw new MessageRefusedException($"The push provider's address is not allowed: {refused.Message}", refused);
        }
        catch (OperationCanceledException late) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MessageRefusedException("The push provider did not answer in time.", late);
        }
    }
}
