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
        using var request = new HttpRequestMessage(HttpMethod.Post, sms.ProviderUrl) { Content = JsonContent.Create(new { to = message.To, body = message.Body }) };
        if (await settings.RevealSmsAuthAsync(cancellationToken) is { Length: > 0 } auth)
        {
            request.Headers.TryAddWithoutValidation(sms.AuthHeader, auth);
        }
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var answer = await response.Content.ReadAsStringAsync(cancellationToken);
                throw new MessageRefusedException($"The SMS provider answered {(int)response.StatusCode} {response.ReasonPhrase}: {Shorten(answer)}");
            }
        }
        catch (HttpRequestException unreachable)
        {
            throw new MessageRefusedException($"Could not reach the SMS provider: {unreachable.Message}", unreachable);
        }
        catch (TaskCanceledException timeout) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MessageRefusedException("The SMS provider did not answer in time.", timeout);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
